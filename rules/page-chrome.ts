// What is not a page's own content (issue 12, item 7). A page is recognised by its headings, step
// bar, dialog titles, form labels and main area; the console's navigation menus, notice and
// announcement lists and lists of links name other pages (小程序管理 in the menu, a notice about
// 快速注册并认证小程序) and must not count as markers. Structure only, never class names: those change
// with every redesign (weui-desktop-menu today, menu_box / dl.menu in the 2016 console).

/**
 * Containers whose whole text is navigation. <nav> is found at once; an ARIA menu or navigation
 * role is found through the links inside it (a query for roles would read every element of a
 * 20,000-node page on every evaluation).
 */
export const navigationTag = 'nav';
export const navigationSelector = 'nav, [role="navigation"], [role="menu"], [role="menubar"]';

/**
 * Links that make up a list item: menu entries (li > a, and dd > a in the legacy dl.menu), notice
 * and announcement titles (li > a, with a date beside it), link lists. A link is the item when its
 * text is at least this share of the item's text; a link inside a sentence (请尝试<a>重新发送</a>)
 * is not, and stays page content.
 */
export const listItemSelector = 'li, dd, dt, [role="listitem"]';
export const LINK_SHARE_OF_ITEM = 0.5;
