// Import: a caption or speech-to-text file → a transcript's text (`stenogram import`, the
// `stenogram/import` request). The format is told by the content first — `WEBVTT` opens a WebVTT
// file, `{` or `[` a JSON one, a cue number and a timing (`00:00:01,000 --> …`) an SRT one — and by
// the file name's extension where the content does not say (`.vtt` without its signature is a broken
// WebVTT file, not an unknown one). Pure: the CLI and the client read and decode the file.
import { message, type Locale } from '../../l10n';
import type { ImportResult } from '../../../../protocol';
import { composeTranscript } from './compose';
import { looksLikeSrt, readSrt } from './srt';
import { readSpeechToTextJson } from './speechToTextJson';
import type { Imported, Problem } from './types';
import { readWebVtt } from './webVtt';

export { decodeImportBytes } from './decode';
export type ImportFormat = 'webvtt' | 'srt' | 'json';

const READERS: Record<ImportFormat, (text: string) => Imported | Problem> = {
  webvtt: readWebVtt,
  srt: readSrt,
  json: readSpeechToTextJson,
};

/** The format of a file named `name` holding `content`; undefined when it is none of them. */
export function detectImportFormat(name: string, content: string): ImportFormat | undefined {
  const text = content.replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return 'webvtt';
  if (/^\s*[{[]/.test(text)) return 'json';
  if (looksLikeSrt(text)) return 'srt';
  const extension = /\.([a-z0-9]+)$/i.exec(baseName(name))?.[1].toLowerCase();
  return extension === 'vtt' || extension === 'webvtt' ? 'webvtt' : extension === 'srt' ? 'srt' : extension === 'json' ? 'json' : undefined;
}

/** The transcript a caption or speech-to-text file holds, or the line where it goes wrong and why. */
export function importTranscript(name: string, content: string, locale: Locale): ImportResult {
  const result = importedText(name, content);
  return typeof result === 'string' ? { text: result } : { error: { line: result.line, message: message(locale, result.id, ...result.args) } };
}

function importedText(name: string, content: string): string | Problem {
  if (content.replace(/^\uFEFF/, '').trim() === '') return { line: 1, id: 'import.empty', args: [] };
  const format = detectImportFormat(name, content);
  if (!format) return { line: 1, id: 'import.unknown-format', args: [] };
  const imported = READERS[format](content);
  return 'id' in imported ? imported : composeTranscript(imported, titleOf(name));
}

/** `/home/me/Harbor interview.en.vtt` → `Harbor interview.en`: the title a file's name gives. */
function titleOf(name: string): string {
  return baseName(name).replace(/\.[^.]*$/, '');
}

function baseName(name: string): string {
  return decodeURIComponentSafe(name.split(/[\\/]/).pop() ?? '');
}

/** A URI's last part is percent-encoded (`Harbor%20interview.vtt`); a plain name may hold a `%`. */
function decodeURIComponentSafe(text: string): string {
  try {
    return /%[0-9a-f]{2}/i.test(text) ? decodeURIComponent(text) : text;
  } catch {
    return text;
  }
}
