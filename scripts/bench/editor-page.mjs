/* global performance -- editorScript runs in the page */
// The editor page: a console page the guide has nothing to do on, served at
// https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit… (where Official Account teams write
// articles all day). Like the real one it arrives as a shell; after EDITOR_DELAY_MS its script
// builds the menu, the toolbar, a long article inside a contenteditable and a list of earlier
// articles: about EDITOR_ELEMENTS elements. While the user types, the page updates its own word
// count and "saved" note, as editors do. It records window.__editor = { renderedAt, elements }.
import { CONSOLE_ORIGIN } from '../../replicas/replicas.mjs';

export const EDITOR_URL = `${CONSOLE_ORIGIN}/cgi-bin/appmsg?t=media/appmsg_edit&action=edit&type=77&token=1911103417&lang=zh_CN`;
export const EDITOR_ELEMENTS = 10_000;
export const EDITOR_KEYSTROKES = 300;
const EDITOR_DELAY_MS = 300;

const SHELL = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>公众号</title><link rel="stylesheet" href="/__replica/console.css"></head>
<body>
<div id="app"></div>
<script src="/__bench/editor.js"></script>
</body>
</html>`;

// Runs in the page (plain script). Texts are an article's, not the registration flow's.
function editorScript(elements, delay) {
  const state = (window.__editor = { renderedAt: null, elements: 0 });
  const words = [
    '春天',
    '的',
    '花',
    '开',
    '了',
    '我们',
    '一起',
    '去',
    '公园',
    '散步',
    '阳光',
    '很好',
    '孩子们',
    '在',
    '草地上',
    '奔跑',
    '读者',
    '留言',
    '分享',
    '图片',
  ];
  let made = 0;
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    made++;
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };
  const sentence = (i) => Array.from({ length: 8 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join('') + '。';

  function render() {
    const app = document.getElementById('app');
    const root = el('div', 'editor-layout');
    const menu = el('nav', 'menu');
    for (let i = 0; i < 120; i++) menu.append(el('a', 'menu__item', '菜单' + i));
    const toolbar = el('div', 'toolbar');
    for (let i = 0; i < 240; i++) toolbar.append(el('button', 'toolbar__button', '格式' + i));
    const article = el('div', 'rich_media_content');
    article.setAttribute('contenteditable', 'true');
    const list = el('ul', 'history');
    const counter = el('span', 'word-count', '0 字');
    const saved = el('span', 'saved', '');
    root.append(menu, toolbar, article, el('aside', 'side'), counter, saved, list);
    // The article: paragraphs of spans and bold words, to EDITOR_ELEMENTS with the history list.
    let i = 0;
    while (made < elements * 0.8) {
      const p = el('p');
      p.append(el('span', null, sentence(i)), el('strong', null, words[i % words.length]), el('span', null, sentence(i + 1)));
      article.append(p);
      i++;
    }
    while (made < elements) list.append(el('li', 'history__item', '往期文章 ' + made));
    // Mounted in one insertion, as a framework's first render is.
    app.append(root);
    state.renderedAt = performance.now();
    state.elements = document.getElementsByTagName('*').length;
    let count = article.textContent.length;
    article.addEventListener('input', () => {
      count++;
      counter.firstChild.data = count + ' 字';
      saved.textContent = count % 20 === 0 ? '已保存' : '';
    });
  }
  setTimeout(render, delay);
}

/** Serves the editor page and its script on the console host. */
export async function serveEditorPage(context) {
  const script = `(${editorScript.toString()})(${EDITOR_ELEMENTS}, ${EDITOR_DELAY_MS});`;
  await context.route(
    (url) => url.href.startsWith(`${CONSOLE_ORIGIN}/cgi-bin/appmsg?`) || url.pathname === '/__bench/editor.js',
    (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/__bench/editor.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: script });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SHELL });
    },
  );
}
