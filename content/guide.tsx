import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuidePanel } from '../components/GuidePanel';
import { detectPage, type Detection } from '../engine/detect';
import type { LocatedField } from '../engine/locate';
import { OVERLAY_ATTRIBUTE } from '../engine/text';
import { isEnglishConsole } from '../engine/url';
import { translator } from '../locales';
import { pageRules } from '../rules';
import type { Message } from '../storage/messages';
import { defaultSettings, parseSettings, readSettings, settingsItem, type Settings } from '../storage/settings';
import { FieldTips } from './field-tips';
import { watchPage } from './watch';

// Wires the pure engine to the live console: detect the page, show the guide panel and the field
// tips, keep the diagnostics attributes current. Everything else lives in engine/ and components/.

const t = translator('en');

export async function startGuide(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const tips = new FieldTips(doc);
  let settings: Settings = defaultSettings;
  let detection: Detection | null = null;
  let panel: ShadowRootContentScriptUi<Root> | null = null;

  const send = (message: Message) => browser.runtime.sendMessage(message).catch(() => undefined);

  const renderPanel = () => {
    if (!detection || !panel?.mounted) return;
    const rule = detection.rule;
    panel.mounted.render(
      <GuidePanel
        rule={rule}
        t={t}
        englishConsole={isEnglishConsole(new URL(location.href))}
        collapsed={settings.panelCollapsed}
        fieldsFound={detection.fields.length}
        fieldsTotal={rule.fields.filter((f) => !f.optional).length}
        onToggle={() => {
          settings = { ...settings, panelCollapsed: !settings.panelCollapsed };
          renderPanel();
          void send({ type: 'settings.update', patch: { panelCollapsed: settings.panelCollapsed } });
        }}
      />,
    );
  };

  const ensurePanel = async () => {
    if (panel) return;
    panel = await createShadowRootUi(ctx, {
      name: 'mpg-guide-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container, _shadow, host) => {
        host.setAttribute(OVERLAY_ATTRIBUTE, '');
        host.setAttribute('translate', 'no');
        return createRoot(container);
      },
      onRemove: (root) => root?.unmount(),
    });
    panel.mount();
  };

  const tipModel = (field: LocatedField) => ({
    fieldId: field.id,
    name: t(`field.${field.id}.name`),
    about: t(`field.${field.id}.about`),
    consoleNotes: [],
  });

  const evaluate = async () => {
    const next = detectPage(pageRules, location.href, doc);
    detection = next;
    // Diagnostics: the extension has looked at this page at least once (tests wait for it).
    doc.documentElement.dataset.mpgReady = '';
    if (!next) {
      delete doc.documentElement.dataset.mpgPage;
      tips.clear();
      panel?.remove();
      panel = null;
      return;
    }
    doc.documentElement.dataset.mpgPage = next.rule.id;
    tips.sync(next.fields, tipModel);
    await ensurePanel();
    renderPanel();
  };

  settings = await readSettings();
  settingsItem.watch((value) => {
    settings = parseSettings(value);
    renderPanel();
  });
  watchPage(doc, () => void evaluate(), ctx.signal);
  ctx.onInvalidated(() => {
    tips.clear();
    delete doc.documentElement.dataset.mpgPage;
  });
  await evaluate();
}
