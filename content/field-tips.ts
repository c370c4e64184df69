import type { LocatedField } from '../engine/locate';
import { createFieldTip, type FieldTipHandle, type FieldTipModel } from '../components/field-tip';

// Keeps one tip host per recognised field, placed next to the field, and removes hosts whose
// field is gone (a step swapped in place takes its rows with it).

function place(host: HTMLElement, anchor: Element): void {
  if (anchor.matches('input, select, textarea, img')) {
    if (anchor.nextSibling !== host) anchor.after(host);
  } else if (host.parentElement !== anchor) {
    anchor.append(host);
  }
}

export class FieldTips {
  private tips = new Map<string, { handle: FieldTipHandle; field: LocatedField }>();

  constructor(private readonly doc: Document) {}

  sync(fields: readonly LocatedField[], model: (field: LocatedField) => FieldTipModel): void {
    const seen = new Set<string>();
    for (const field of fields) {
      seen.add(field.id);
      const existing = this.tips.get(field.id);
      if (existing && existing.handle.host.isConnected && existing.field.anchor === field.anchor) {
        existing.field = field;
        existing.handle.update(model(field));
        continue;
      }
      existing?.handle.remove();
      const handle = createFieldTip(this.doc, model(field));
      place(handle.host, field.anchor);
      this.tips.set(field.id, { handle, field });
    }
    for (const [id, tip] of this.tips) {
      if (!seen.has(id)) {
        tip.handle.remove();
        this.tips.delete(id);
      }
    }
  }

  clear(): void {
    this.sync([], () => {
      throw new Error('unreachable');
    });
  }
}
