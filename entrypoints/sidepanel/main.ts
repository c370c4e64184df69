import { startSidePanel } from '../../components/side-panel';

// The browser's side panel (Chrome side_panel, Firefox sidebar_action): the guide of the console tab
// it follows (components/side-panel.ts). Tests open it as sidepanel.html?tab=<id> to pin one tab.
void startSidePanel(document, new URLSearchParams(location.search));
