import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import type { Command } from '@commander-js/extra-typings';
import { parseDate } from '../../domain/calendar.js';
import { describeEvent } from '../../domain/describeEvent.js';
import { SimulatorError, assertNever } from '../../domain/errors.js';
import { renderTable } from '../../render/table.js';
import { repairPlanText } from '../../render/repairPlan.js';
import type { RecordedEvent, StreamInfo } from '../../store/eventStore.js';
import { collect, eventOf } from '../../store/eventStore.js';
import type { FileStore } from '../../store/fileStore.js';
import type { ImportedStream } from '../../store/scenarioImport.js';
import { importScenarios } from '../../store/scenarioImport.js';
import { streamProcedureId } from '../../store/streamProcedure.js';
import type { CheckpointStatus } from '../../store/checkpoint.js';
import type { VerifyReport } from '../../store/verify.js';
import type { CliDeps } from '../deps.js';
import { formatOption, json, jsonOption, resolveFormat } from '../options.js';

/** The store the CLI uses unless `--store` names another: `.legisim/` in the working directory. */
export const defaultStoreDir = '.legisim';

const storeOption = () =>
  new Option('--store <dir>', 'the event store directory').default(defaultStoreDir);

const milliseconds = (raw: string): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected milliseconds ≥ 0');
  return n;
};

const lockTimeoutOption = () =>
  new Option('--lock-timeout <ms>', 'how long to wait while another process writes the store')
    .argParser(milliseconds)
    .default(10_000);

/** Opens a store for the CLI: warnings (a crash's unfinished write found, or marked discarded) go to stderr. */
export const openCliStore = (
  { sim, io }: CliDeps,
  dir: string,
  options: Readonly<{ create?: boolean; lockTimeoutMs?: number; quietTorn?: boolean }> = {},
): FileStore =>
  sim.openStore(dir, {
    ...(options.create === undefined ? {} : { create: options.create }),
    ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
    onWarning: (w) => {
      if (!(options.quietTorn === true && w.kind === 'tornTail')) io.err(`warning: ${w.message}\n`);
    },
  });

/** Runs `task` on an open store and closes it, whatever happens. */
const withStore = async <T>(store: FileStore, task: (store: FileStore) => Promise<T>) => {
  try {
    return await task(store);
  } finally {
    await store.close();
  }
};

const clip = (text: string, width: number): string =>
  text.length <= width ? text : `${text.slice(0, width - 1)}…`;

/** A stream with the id of the procedure it is replayed under (see streamProcedureId). */
type Listed = StreamInfo & Readonly<{ procedureInForce?: string }>;

const procedureOf = (info: Listed): string =>
  info.metadata.procedure ??
  (info.procedureInForce === undefined
    ? `${info.metadata.jurisdiction} (none in force)`
    : `${info.procedureInForce} (in force)`);

const listed = async (store: FileStore, info: StreamInfo): Promise<Listed> => {
  if (info.metadata.procedure !== undefined) return info;
  const id = await streamProcedureId(store, info);
  return id === undefined ? info : { ...info, procedureInForce: id };
};

const forkOf = (info: StreamInfo): string =>
  info.forkedFrom === undefined ? '' : `${info.forkedFrom.stream} @ ${info.forkedFrom.version}`;

const importTable = (imported: readonly ImportedStream[], dir: string): string => {
  const added = imported.filter((i) => i.status === 'added').length;
  const rows = imported.map((i) => [
    i.status,
    i.stream,
    `${i.events} events`,
    i.forkedAt === undefined ? '' : `(a fork at version ${i.forkedAt})`,
  ]);
  return `${renderTable(['STATUS', 'STREAM', 'EVENTS', ''], rows)}\n${imported.length} streams (${added} added, ${imported.length - added} unchanged) in ${dir}\n`;
};

const listTable = (streams: readonly Listed[], dir: string): string =>
  streams.length === 0
    ? `no streams in ${dir}\n`
    : renderTable(
        ['STREAM', 'EVENTS', 'PROCEDURE', 'FORKED FROM', 'TITLE'],
        streams.map((s) => [
          s.stream,
          String(s.version),
          procedureOf(s),
          forkOf(s),
          clip(s.metadata.title ?? '', 60),
        ]),
      );

const showTable = (info: Listed, events: readonly RecordedEvent[], asOf?: string): string => {
  const { metadata } = info;
  const facts = [
    `jurisdiction ${metadata.jurisdiction}`,
    `procedure ${procedureOf(info)}`,
    `${info.version} events${asOf === undefined ? '' : ` (${events.length} by ${asOf})`}`,
    `created ${info.createdAt}`,
    ...(info.forkedFrom === undefined
      ? []
      : [`forked from ${info.forkedFrom.stream} at version ${info.forkedFrom.version}`]),
  ];
  const rows = events.map((e) => [
    String(e.meta.version),
    e.at,
    `${describeEvent(eventOf(e))}${e.meta.validated ? '' : ' (unchecked)'}`,
    String(e.meta.globalPosition),
    e.meta.recordedAt,
    e.meta.id,
  ]);
  return `${info.stream}${metadata.title === undefined ? '' : `: ${metadata.title}`}\n${facts.join(', ')}\n\n${renderTable(['V', 'DATE', 'EVENT', 'POSITION', 'RECORDED', 'ID'], rows)}`;
};

const checkpointText = (status: CheckpointStatus): string => {
  switch (status.state) {
    case 'none':
      return 'checkpoint: none (opening the store reads the whole log; one is written once the log passes 1 MiB)';
    case 'ignored':
      return `checkpoint: ignored, ${status.why}; the next open reads the whole log and writes a new one`;
    case 'usable':
      return status.behind === 0
        ? `checkpoint: up to date (${status.bytes} bytes)`
        : `checkpoint: usable, ${status.behind} bytes of the log written after it are read on open`;
    default:
      return assertNever(status, 'checkpointText');
  }
};

const verifyText = (report: VerifyReport & { checkpoint: CheckpointStatus }): string => {
  const lines = report.recoveries.map(
    (r) =>
      `recovered: line ${r.line} marks the unfinished write at line ${r.discarded.line} (${r.discarded.bytes} bytes) discarded, at ${r.recordedAt}`,
  );
  lines.push(
    ...report.problems.map(
      (p) =>
        `line ${p.line}${p.position === undefined ? '' : ` (position ${p.position})`}: ${p.kind}: ${p.message}`,
    ),
  );
  lines.push(checkpointText(report.checkpoint));
  const summary = `${report.file}: ${report.records} records, ${report.events} events in ${report.streams} streams${report.unchecked > 0 ? ` (${report.unchecked} stored unchecked)` : ''}, ${report.bytes} bytes; head ${report.head}`;
  if (report.checked === 'hashes')
    lines.push(
      'checked: every hash, chain link, position, version and stream record; not the events themselves (without --quick they are read and checked too)',
    );
  lines.push(
    report.intact
      ? `intact: ${summary}`
      : `DAMAGED: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}; ${summary}`,
  );
  return `${lines.join('\n')}\n`;
};

/**
 * `store verify --repair`: shows the plan on stderr, asks on a terminal unless `--yes`, applies
 * it. A torn tail (never acknowledged) needs no consent; discarding or rewriting anything does.
 */
const makeRepair =
  (io: CliDeps['io']) =>
  async (store: FileStore, yes: boolean): Promise<void> => {
    const plan = await store.planRepair();
    io.err(repairPlanText(plan));
    if (plan.kind === 'none') return;
    if (plan.kind === 'rewrite' && !yes) {
      if (io.confirm === undefined)
        throw new SimulatorError(
          'store.repairNotConfirmed',
          `${plan.file}: the repair above rewrites the log; run again with --yes to apply it (nothing was changed)`,
          { file: plan.file },
        );
      if (!(await io.confirm('Apply this repair?'))) {
        io.err('repair: nothing changed\n');
        return;
      }
    }
    const { backup } = await store.repair(plan);
    io.err(`repair: done${backup === undefined ? '' : `; the damaged log is kept as ${backup}`}\n`);
  };

/** `legisim store …`: import scenarios into the event store, list and show streams, verify it. */
export const registerStore = (program: Command, deps: CliDeps): void => {
  const { sim, io } = deps;
  const repairStore = makeRepair(io);
  const store = program
    .command('store')
    .description('the event store (a directory, .legisim/ by default): import, list, show, verify');

  store
    .command('import')
    .description(
      'import scenario files: one stream per scenario (its id) and one per branch (<id>#<branch>, a fork of it), all in one write',
    )
    .argument('<files...>', 'scenario files or directories (searched for .yaml, .yml, .json)')
    .addOption(storeOption())
    .option('--no-validate', 'store events the procedure rejects too (marked unchecked)')
    .addOption(lockTimeoutOption())
    .addOption(formatOption(['table', 'json'] as const, 'table'))
    .addOption(jsonOption())
    .action(async (files, options) => {
      const scenarios = sim.findScenarios(files).map((file) => sim.readScenario(file));
      if (scenarios.length === 0) {
        throw new SimulatorError(
          'input.fileNotFound',
          `no scenario files found in ${files.join(', ')}`,
          { files },
        );
      }
      const open = openCliStore(deps, options.store, {
        create: true,
        lockTimeoutMs: options.lockTimeout,
      });
      const imported = await withStore(open, (s) =>
        importScenarios(s, scenarios, { validate: options.validate }),
      );
      io.out(
        resolveFormat(options) === 'json' ? json(imported) : importTable(imported, options.store),
      );
    });

  store
    .command('list')
    .description('the streams in the store, in the order they were created')
    .addOption(storeOption())
    .addOption(formatOption(['table', 'json'] as const, 'table'))
    .addOption(jsonOption())
    .action(async (options) => {
      const streams = await withStore(openCliStore(deps, options.store), async (s) => {
        const found: Listed[] = [];
        for (const info of await s.streams()) found.push(await listed(s, info));
        return found;
      });
      io.out(resolveFormat(options) === 'json' ? json(streams) : listTable(streams, options.store));
    });

  store
    .command('show')
    .description('a stream: its metadata and events with their envelopes')
    .argument('<stream>', 'a stream name, e.g. kz-2025-propaganda-ban#senate-silent-60-days')
    .addOption(storeOption())
    .option(
      '--as-of <date>',
      'only the events up to a date (YYYY-MM-DD)',
      (raw) => parseDate(raw).text,
    )
    .addOption(formatOption(['table', 'json'] as const, 'table'))
    .addOption(jsonOption())
    .action(async (stream, options) => {
      const asOf = options.asOf === undefined ? {} : { asOf: options.asOf };
      const { info, events } = await withStore(openCliStore(deps, options.store), async (s) => ({
        info: await listed(s, await s.info(stream)),
        events: await collect(s.read(stream, asOf)),
      }));
      io.out(
        resolveFormat(options) === 'json'
          ? json({ ...info, events })
          : showTable(info, events, options.asOf),
      );
    });

  store
    .command('verify')
    .description(
      'check every record, the hash chain, positions and versions; exit 2 listing each problem',
    )
    .addOption(storeOption())
    .option(
      '--repair',
      'first repair the store: say what will be kept, restored and discarded, then ask (or --yes)',
    )
    .option('--yes', 'with --repair: go ahead without asking')
    .option(
      '--quick',
      "check hashes, chain, positions and versions without reading each event's content (several times faster; damage is still reported in full)",
    )
    .addOption(lockTimeoutOption())
    .addOption(formatOption(['table', 'json'] as const, 'table'))
    .addOption(jsonOption())
    .action(async (options) => {
      const open = openCliStore(deps, options.store, {
        lockTimeoutMs: options.lockTimeout,
        quietTorn: true,
      });
      const report = await withStore(open, async (s) => {
        if (options.repair === true) await repairStore(s, options.yes === true);
        return s.verify({ quick: options.quick === true });
      });
      io.out(resolveFormat(options) === 'json' ? json(report) : verifyText(report));
      if (!report.intact) {
        throw new SimulatorError(
          'store.corrupt',
          `${report.file}: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} found (listed above)`,
          { file: report.file, problems: report.problems.length },
        );
      }
    });
};
