/**
 * How commands talk to the user: a result printed as JSON (`--json`) or as
 * text, warnings on stderr, and a progress bar on stderr that is hidden with
 * `--quiet`, with `--json`, or when stdout is not a terminal.
 */
import { SingleBar, Presets } from 'cli-progress';

export interface OutputOptions {
  json?: boolean;
  quiet?: boolean;
}

export interface Progress {
  /** Sets the total when it becomes known (bytes of a file, units of a corpus). */
  setTotal(total: number): void;
  update(value: number, label?: string): void;
  increment(by?: number): void;
  stop(): void;
}

const noProgress: Progress = { setTotal() {}, update() {}, increment() {}, stop() {} };

export class Output {
  readonly json: boolean;
  readonly quiet: boolean;
  private readonly stdout: NodeJS.WriteStream;
  private readonly stderr: NodeJS.WriteStream;

  constructor(options: OutputOptions, stdout = process.stdout, stderr = process.stderr) {
    this.json = Boolean(options.json);
    this.quiet = Boolean(options.quiet);
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Prints the command's result: the object as JSON, or the text rendering. */
  result(value: unknown, renderText: () => string): void {
    if (this.json) this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else {
      const text = renderText();
      if (text) this.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
  }

  /** Writes one JSON value per line (JSON Lines), for streaming results. */
  line(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value)}\n`);
  }

  /** Human information on stderr (never pollutes --json stdout). */
  info(message: string): void {
    if (!this.quiet && !this.json) this.stderr.write(`${message}\n`);
  }

  warn(message: string): void {
    if (!this.quiet) this.stderr.write(`warning: ${message}\n`);
  }

  get showsProgress(): boolean {
    return !this.quiet && !this.json && Boolean(this.stdout.isTTY) && Boolean(this.stderr.isTTY);
  }

  /** A progress bar, or a silent stand-in when progress is hidden. */
  progress(label: string, unit = 'units', total = 0): Progress {
    if (!this.showsProgress) return noProgress;
    const bar = new SingleBar(
      {
        format: `${label} |{bar}| {percentage}% {value}/{total} ${unit} {label}`,
        hideCursor: true,
        clearOnComplete: true,
        stream: this.stderr,
        etaBuffer: 50,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { label: '' });
    return {
      setTotal: (t) => bar.setTotal(t),
      update: (v, l) => bar.update(v, { label: l ?? '' }),
      increment: (by = 1) => bar.increment(by),
      stop: () => bar.stop(),
    };
  }
}
