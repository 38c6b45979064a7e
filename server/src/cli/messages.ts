// What only the command line says, in English and Russian (the language from LANG or --lang). Kept
// out of l10n.ts, which the language server's bundles carry into the .vsix, where these would be
// dead weight; the templates are filled as l10n.ts fills its own (`{0}`, `{0|file|files}`).
import { fillTemplate, type Locale } from '../l10n';

const CLI_MESSAGES = {
  'cli.no-such-path': { en: '{0}: no such file or folder', ru: '{0}: нет такого файла или папки' },
  'cli.no-transcripts': { en: '{0}: no transcripts (.transcript, .stenogram) found', ru: '{0}: стенограмм (.transcript, .stenogram) не найдено' },
  'cli.folder-unreadable': { en: '{0}: cannot read the folder ({1})', ru: '{0}: папка не читается ({1})' },
  'cli.skipped': { en: '{0}: {1}; skipped', ru: '{0}: {1}; пропущен' },
  'cli.too-large': {
    en: '{0}: {1} million characters, {2}: more than --max-size {3} allows ({4} million characters, {5}); not analysed',
    ru: '{0}: {1} млн знаков, {2}: больше чем допускает --max-size {3} ({4} млн знаков, {5}); не анализируется',
  },
  'cli.lines': { en: '{0|line|lines}', ru: '{0|строка|строки|строк}' },
  'cli.not-utf8': { en: '{0}: not UTF-8 text; left untouched', ru: '{0}: не текст в UTF-8; оставлен как есть' },
  'cli.cannot-write': { en: '{0}: cannot write ({1}); left untouched', ru: '{0}: запись невозможна ({1}); оставлен как есть' },
  'cli.changed': { en: '{0}: changed since it was read; left untouched', ru: '{0}: изменился после чтения; оставлен как есть' },
  'cli.read-only': { en: '{0}: read-only; left untouched (--force rewrites it)', ru: '{0}: только для чтения; оставлен как есть (--force перезапишет его)' },
  'cli.register-problem': { en: '{0}: {1}', ru: '{0}: {1}' },
  'cli.exists': { en: '{0}: already exists; not overwritten (--force replaces it)', ru: '{0}: уже существует; не перезаписан (--force заменит его)' },
  'cli.export-failed': { en: '{0}: not exported: {1}', ru: '{0}: не экспортирован: {1}' },
  'cli.export-needs-output': { en: '{0} is not text: name the file to write with -o', ru: '{0} — не текстовый формат: укажите файл для записи через -o' },
  'cli.backup-exists': { en: '{0}: {1} already exists; left untouched', ru: '{0}: {1} уже существует; оставлен как есть' },
  'cli.crashed': { en: '{0}: Stenogram failed on this file ({1}); skipped', ru: '{0}: Stenogram не справился с этим файлом ({1}); пропущен' },
  'cli.worker-exit': { en: 'its thread stopped with code {0}', ru: 'его поток завершился с кодом {0}' },
  'cli.no-workers': { en: 'the worker threads did not start ({0}); --jobs 1 reads the files on this thread', ru: 'рабочие потоки не запустились ({0}); --jobs 1 прочтёт файлы в этом потоке' },
  'cli.progress': { en: '{0}/{1} files · {2} files/s · ETA {3}', ru: '{0}/{1} файлов · {2} файлов/с · осталось {3}' },
  'cli.import-failed': { en: '{0}:{1}: {2} Nothing was written.', ru: '{0}:{1}: {2} Ничего не записано.' },
} as const satisfies Record<string, Record<Locale, string>>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

export function cliMessage(locale: Locale, id: CliMessageId, ...args: (string | number)[]): string {
  return fillTemplate(locale, CLI_MESSAGES[id][locale], args);
}

/** Every message id with both languages — l10n.test.ts keeps the two in step, as for l10n.ts. */
export function allCliMessages(): Record<string, Record<Locale, string>> {
  return CLI_MESSAGES;
}
