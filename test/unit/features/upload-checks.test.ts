// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { uploadChecks } from '../../../content/features/upload-checks';
import { fakeContext, fieldOf, tipOf, type FakeContext } from '../../support/guide-context';

// A chosen file is checked in the capture phase, before the page's own handler, and the upload
// field's tip shows the result; the upload itself goes on.

let ctx: FakeContext;
afterEach(() => ctx?.stop());

function choose(input: HTMLInputElement, file: File | null) {
  Object.defineProperty(input, 'files', { value: file ? [file] : [], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('upload checks feature', () => {
  it('checks the chosen file before the page sees the change, and shows it in the tip', () => {
    ctx = fakeContext('verify.documents/current');
    uploadChecks.start!(ctx);
    const field = fieldOf(ctx, 'entity-certificate');
    const input = field.row.querySelector<HTMLInputElement>('input[type=file]')!;
    const seenByPage: number[] = [];
    input.addEventListener('change', () => seenByPage.push(ctx.uploads.get('entity-certificate')?.length ?? -1));
    choose(input, new File(['%PDF'], 'licence.pdf', { type: 'application/pdf' }));
    expect(seenByPage).toHaveLength(1);
    expect(seenByPage[0]).toBeGreaterThan(0);
    expect(ctx.invalidate).toHaveBeenCalledWith('both');
    const tip = tipOf(ctx, [uploadChecks], 'entity-certificate');
    expect(tip.status).toBe('error');
    expect(tip.findings?.map((f) => f.code).join(' ')).toMatch(/pdf/i);
  });

  it('passes a small JPEG and forgets the file when the choice is cleared', () => {
    ctx = fakeContext('verify.documents/current');
    uploadChecks.start!(ctx);
    const input = fieldOf(ctx, 'entity-certificate').row.querySelector<HTMLInputElement>('input[type=file]')!;
    choose(input, new File(['x'.repeat(1000)], 'licence.jpg', { type: 'image/jpeg' }));
    expect(ctx.uploads.get('entity-certificate')?.some((f) => f.severity === 'error')).toBe(false);
    choose(input, null);
    expect(ctx.uploads.has('entity-certificate')).toBe(false);
    expect(tipOf(ctx, [uploadChecks], 'entity-certificate').status).toBeUndefined();
  });

  it('ignores file inputs outside the recognised upload fields', () => {
    ctx = fakeContext('verify.documents/current');
    uploadChecks.start!(ctx);
    const stray = ctx.doc.createElement('input');
    stray.type = 'file';
    ctx.doc.body.append(stray);
    choose(stray, new File(['x'], 'a.pdf', { type: 'application/pdf' }));
    expect(ctx.uploads.size).toBe(0);
    expect(ctx.invalidate).not.toHaveBeenCalled();
  });
});
