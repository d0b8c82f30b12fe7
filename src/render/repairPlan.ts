import type { RepairPlan } from '../store/repair.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What `store verify --repair` will do, said exactly, before it asks. */
export const repairPlanText = (plan: RepairPlan): string => {
  if (plan.kind === 'none') return 'repair: nothing to repair\n';
  const lines: string[] = [];
  if (plan.damage !== undefined) lines.push(`damage: ${plan.damage}`);
  const discarded = plan.discarded;
  if (plan.kind === 'tornTail' && discarded !== undefined) {
    lines.push(
      `repair will mark the unfinished write at the end (lines ${discarded.fromLine}–${discarded.toLine}, ${plural(discarded.bytes, 'byte')}, left by a crash; never acknowledged) discarded by a recovery record; its bytes stay in the file`,
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `repair will keep lines 1–${plan.kept.line} (${plural(plan.kept.pos, 'record')}, ${plural(plan.keptEvents, 'event')}) and rewrite the log; the damaged log is kept beside it (${plan.file}.damaged-<time>)`,
  );
  for (const r of plan.restored)
    lines.push(`  restore line ${r.line}: ${r.change} (it then matches its hash)`);
  if (discarded !== undefined) {
    lines.push(
      `  DISCARD lines ${discarded.fromLine}–${discarded.toLine} (${plural(discarded.bytes, 'byte')}${discarded.unreadable > 0 ? `, ${plural(discarded.unreadable, 'line')} not records` : ''})`,
    );
    for (const e of discarded.events)
      lines.push(
        `  DISCARD stream ${e.stream}: ${e.from === e.to ? `event ${e.from}` : `events ${e.from}–${e.to}`}`,
      );
  }
  if (plan.lostAcknowledged !== undefined)
    lines.push(
      `  acknowledged positions ${plan.lostAcknowledged.from}–${plan.lostAcknowledged.to} are not kept (missing or damaged in the log)`,
    );
  if (plan.headRewritten)
    lines.push('  the record of the last acknowledged write (head) is rewritten to the kept end');
  return `${lines.join('\n')}\n`;
};
