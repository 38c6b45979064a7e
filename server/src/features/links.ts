// Document links: the source URL at the end of a transcript.
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Transcript } from '../transcript';

export function documentLinks(transcript: Transcript): DocumentLink[] {
  const source = transcript.source;
  if (!source || !/^https?:\/\//.test(source.url)) return [];
  return [{ range: source.range, target: source.url, tooltip: source.documentId ? `${source.host} · ${source.documentId}` : source.host }];
}
