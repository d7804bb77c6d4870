import { TextDocuments, type TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';

/**
 * The open documents, kept as the editor keeps them. Every incoming range is clamped to the text
 * first, as editors clamp: `vscode-languageserver-textdocument` applies a change past the end to
 * the text but records its raw line numbers, so one bad `didChange` (line 1e9) desynchronizes the
 * copy or makes the next edit allocate without end. Changes are applied one at a time, each
 * clamped to the text the changes before it left.
 */
export function createTextDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (document, changes, version) => {
      for (const change of changes) TextDocument.update(document, [clampChange(document, change)], version);
      if (changes.length === 0) TextDocument.update(document, [], version);
      return document;
    },
  });
}

/** A change whose range lies within the document, start before end. */
export function clampChange(document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  // a client's text may not be a string whatever the protocol says: made one, never trusted
  const received: unknown = change.text;
  const text = typeof received === 'string' ? received : String(received);
  if (!('range' in change) || !change.range) return { text };
  let start = clampPosition(document, change.range.start);
  let end = clampPosition(document, change.range.end);
  if (document.offsetAt(end) < document.offsetAt(start)) [start, end] = [end, start];
  return { range: { start, end }, text };
}

function clampPosition(document: TextDocument, position: Position | undefined): Position {
  const line = wholeNumber(position?.line);
  const character = wholeNumber(position?.character);
  return document.positionAt(document.offsetAt({ line, character }));
}

function wholeNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
}
