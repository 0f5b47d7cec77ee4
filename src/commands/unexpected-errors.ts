/**
 * The top-level handler every command in `scripts/` installs first: an error nobody expected (a bug,
 * a disk that filled up, a file that vanished) ends the command with a message that names the
 * file it was working on and what to do, and exit code 1, never with a stack trace. Each command
 * writes its output only once its work has succeeded (the build into a staging folder, the
 * importer after every check), so stopping here leaves nothing half-written.
 * `NTM_DEBUG=1` prints the stack as well, for whoever fixes the bug.
 */

/** What a command is working on, when nothing more precise is known: its input file or folder. */
export interface CommandContext {
  /** The file or folder the command reads (the content folder, the article, the built site). */
  input?: string;
}

/** The message for an unexpected error: the file (the error's own, else the command's input), what happened, what to do. */
export function unexpectedErrorMessage(error: unknown, context: CommandContext = {}): string {
  const own = (error as { path?: unknown } | null)?.path;
  const file = typeof own === 'string' ? own : context.input;
  const text = error instanceof Error ? error.message : String(error);
  return [
    `Lỗi không lường trước${file ? ` khi xử lý ${file}` : ''}: ${text.split('\n')[0]}`,
    'Lệnh đã dừng; không tệp kết quả nào được ghi dở. Kiểm tra tệp trên rồi chạy lại; nếu vẫn lỗi, báo cho người quản trị trang kèm các dòng này.',
  ].join('\n');
}

function report(error: unknown, context: CommandContext): void {
  console.error(unexpectedErrorMessage(error, context));
  if (process.env.NTM_DEBUG && error instanceof Error) console.error(error.stack);
}

let installed = false;

/**
 * Installs the handler for the rest of the command: any error it throws and does not catch,
 * at the top level or later in a callback, becomes `unexpectedErrorMessage` on stderr and exit
 * code 1. Call it first in a command, with what the command reads.
 */
export function handleUnexpectedErrors(context: CommandContext = {}): void {
  if (installed) return;
  installed = true;
  const end = (error: unknown) => {
    report(error, context);
    process.exit(1);
  };
  process.on('uncaughtException', end);
  process.on('unhandledRejection', end);
}
