// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { forEachTextNode, normalizeLabel, normalizeText, pageText } from '../../engine/text';
import { isEnglishConsole, storableUrl } from '../../engine/url';
import { parseDocument } from '../support/dom';

describe('normalizeLabel', () => {
  it.each([
    ['邮箱', '邮箱'],
    [' 邮 箱 ', '邮箱'],
    ['邮箱：', '邮箱'],
    ['邮箱:', '邮箱'],
    ['*企业名称', '企业名称'],
    ['＊企业名称：', '企业名称'],
    ['企业名称 *', '企业名称'],
    ['\u3000注册国家/地区\n', '注册国家/地区'],
    ['Email:', 'email'],
    ['Confirm  Password', 'confirmpassword'],
    ['管理员账号', '管理员帐号'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('folds full-width punctuation and whitespace', () => {
    expect(normalizeText('感谢注册！确认邮件已发送\n\n至你的邮箱（测试）')).toBe('感谢注册!确认邮件已发送 至你的邮箱(测试)');
  });
});

describe('pageText', () => {
  it('ignores scripts, styles, templates, hidden elements and the overlay', () => {
    const doc = parseDocument(`<title>T</title><body><p>可见</p><script>脚本</script><style>.x{}</style>
      <template><p>模板</p></template><div hidden>隐藏</div><div style="display:none">不显示</div>
      <div data-mpg-host="field-tip">ours</div></body>`);
    const text = pageText(doc);
    expect(text).toContain('可见');
    for (const hidden of ['脚本', '模板', '隐藏', '不显示', 'ours']) expect(text).not.toContain(hidden);
  });
});

describe('forEachTextNode', () => {
  it('visits the visible text in document order and stops where the visitor says so', () => {
    const doc = parseDocument('<body><p>one</p><p hidden>secret</p><p>two</p><p>three</p></body>');
    const all: string[] = [];
    forEachTextNode(doc.body, (node) => void all.push(node.data));
    expect(all).toEqual(['one', 'two', 'three']);
    const some: string[] = [];
    forEachTextNode(doc.body, (node) => (some.push(node.data), node.data === 'two' ? 'stop' : undefined));
    expect(some).toEqual(['one', 'two']);
  });
});

describe('urls', () => {
  it('strips the session token and nothing else', () => {
    expect(storableUrl('https://mp.weixin.qq.com/wxamp/home/guide?token=1911103417&lang=zh_CN')).toBe('https://mp.weixin.qq.com/wxamp/home/guide?lang=zh_CN');
    expect(storableUrl('not a url')).toBe('');
  });

  it('knows the English console', () => {
    expect(isEnglishConsole(new URL('https://mp.weixin.qq.com/?lang=en_US'))).toBe(true);
    expect(isEnglishConsole(new URL('https://mp.weixin.qq.com/?lang=zh_CN'))).toBe(false);
  });
});
