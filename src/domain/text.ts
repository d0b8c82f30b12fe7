/** `rejectedByUpperChamber` → `rejected-by-upper-chamber`: how names become outcome words. */
export const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
