// Uploaded verification documents. Not a string check: it looks at the chosen file's name, MIME
// type and size, before the console refuses it.
// F20: images only (.jpg .jpeg .png .bmp .gif), judged by the extension and, when the browser
//      gives one, the MIME type; a PDF gets its own message (scan or export the page as JPG/PNG).
// F41: at most 5 MB, or the field's own limit when it states one.
// Every file also gets one info reminder of what that kind of document must show (rules/documents.ts).
import {
  documentChecklists,
  documentFacts,
  documentKinds,
  documentLabels,
  type ChecklistEntityType,
  type ChecklistItem,
  type DocumentKind,
} from '../../rules/documents';
import { containsAnyKeyword, normaliseKeywordText } from './keywords';
import type { Finding } from './types';

export type { ChecklistEntityType, DocumentKind } from '../../rules/documents';

export interface UploadFile {
  name: string;
  type: string; // MIME type as the browser reports it; '' when unknown
  size: number; // bytes
}

export interface UploadOptions {
  /** The field's own size limit in bytes, when the page states one (else 5 MB). */
  maxBytes?: number;
  documentKind?: DocumentKind;
}

const MB = 1024 * 1024;
export const UPLOAD_MAX_BYTES = 5 * MB;

const IMAGE_EXTENSIONS: readonly string[] = ['jpg', 'jpeg', 'png', 'bmp', 'gif'];
const IMAGE_MIME_TYPES: readonly string[] = ['image/jpeg', 'image/jpg', 'image/pjpeg', 'image/png', 'image/bmp', 'image/x-bmp', 'image/x-ms-bmp', 'image/gif'];
const PDF_MIME_TYPES: readonly string[] = ['application/pdf', 'application/x-pdf'];
/** Longest extension or MIME type echoed back in a message. */
const MAX_ECHO = 40;

/**
 * The page rebuilt the upload block after the file was chosen (填写小程序信息's name check,
 * docs/console-notes.md §18.1): the upload is gone whatever the page still shows.
 */
export function replacedUpload(): Finding[] {
  return [{ code: 'upload.replaced', severity: 'warn' }];
}

export const UPLOAD_CODES: readonly string[] = [
  'upload.pdf',
  'upload.type',
  'upload.type:no-extension',
  'upload.type:mime',
  'upload.size',
  'upload.empty',
  // content/features/upload-checks.ts: the page rebuilt the upload block after the file was chosen.
  'upload.replaced',
  ...documentKinds.map((kind) => `upload.reminder:${kind}`),
];

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Lower-cased extension after the last dot, or null when the name has none. */
function extensionOf(name: string): string | null {
  const trimmed = name.trim();
  const dot = trimmed.lastIndexOf('.');
  if (dot < 0 || dot === trimmed.length - 1) return null;
  return trimmed.slice(dot + 1).toLowerCase();
}

/** MIME type without parameters, lower-cased; '' when not given. */
function mimeOf(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase();
}

function echo(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('')}…` : value;
}

/** "6.3 MB", "800 KB", "512 B". Rounded up when `up`, so a file just over the limit never reads as the limit. */
export function formatBytes(bytes: number, up = false): string {
  const round = (value: number) => (up ? Math.ceil(value * 10) / 10 : Math.round(value * 10) / 10);
  if (bytes >= MB) return `${round(bytes / MB)} MB`;
  if (bytes >= 1024) return `${up ? Math.ceil(bytes / 1024) : Math.round(bytes / 1024)} KB`;
  return `${Math.max(0, Math.ceil(bytes))} B`;
}

function typeFinding(name: string, type: string): Finding | null {
  const extension = extensionOf(name);
  const mime = mimeOf(type);
  if (extension === 'pdf' || PDF_MIME_TYPES.includes(mime)) return { code: 'upload.pdf', severity: 'error', facts: ['F20'] };
  if (extension === null) return { code: 'upload.type', severity: 'error', variant: 'no-extension', facts: ['F20'] };
  if (!IMAGE_EXTENSIONS.includes(extension)) return { code: 'upload.type', severity: 'error', params: { found: `.${echo(extension)}` }, facts: ['F20'] };
  if (mime !== '' && !IMAGE_MIME_TYPES.includes(mime)) {
    return { code: 'upload.type', severity: 'error', variant: 'mime', params: { found: echo(mime), extension: `.${extension}` }, facts: ['F20'] };
  }
  return null;
}

function sizeFinding(size: unknown, maxBytes: unknown): Finding | null {
  // NaN, negative or missing sizes are not a file the browser could hand us: nothing to say.
  if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) return null;
  if (size === 0) return { code: 'upload.empty', severity: 'error' };
  const limit = typeof maxBytes === 'number' && Number.isFinite(maxBytes) && maxBytes > 0 ? maxBytes : UPLOAD_MAX_BYTES;
  if (size <= limit) return null;
  return { code: 'upload.size', severity: 'error', params: { size: formatBytes(size, true), limit: formatBytes(limit) }, facts: ['F41'] };
}

function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (documentKinds as readonly string[]).includes(value);
}

/** Findings for a file chosen in an upload field: problems first, then the document's reminder. */
export function checkUpload(file: UploadFile, options: UploadOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const type = typeFinding(text(file?.name), text(file?.type));
  if (type) findings.push(type);
  const size = sizeFinding(file?.size, options?.maxBytes);
  if (size) findings.push(size);
  const kind = isDocumentKind(options?.documentKind) ? options.documentKind : 'other';
  findings.push({ code: 'upload.reminder', severity: 'info', variant: kind, facts: [...documentFacts[kind]] });
  return findings;
}

/** The kind of document an upload field asks for, from its label (Chinese or English); 'other' when unknown. */
export function documentKindFromLabel(label: string): DocumentKind {
  const normalised = normaliseKeywordText(label);
  return documentLabels.find((entry) => containsAnyKeyword(normalised, entry))?.kind ?? 'other';
}

export interface ChecklistEntry extends ChecklistItem {
  /** Message key naming the document (locales/en/checks.json). */
  key: string;
}

function checklistKey(item: ChecklistItem): string {
  return item.variant ? `documents.${item.kind}:${item.variant}` : `documents.${item.kind}`;
}

/** The documents WeChat verification asks of an entity type, in order; [] for personal or unknown types. */
export function documentChecklist(entityType: ChecklistEntityType | string | null | undefined): ChecklistEntry[] {
  if (typeof entityType !== 'string' || !Object.prototype.hasOwnProperty.call(documentChecklists, entityType)) return [];
  return documentChecklists[entityType as ChecklistEntityType].map((item) => ({ ...item, key: checklistKey(item) }));
}

/** Every checklist label key, for coverage tests. */
export const DOCUMENT_CHECKLIST_KEYS: readonly string[] = [...new Set(Object.values(documentChecklists).flatMap((items) => items.map(checklistKey)))];
