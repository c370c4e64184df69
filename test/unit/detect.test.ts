// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage, evaluateRule, scanPage } from '../../engine/detect';
import { indexLabels, labelLookup } from '../../engine/locate';
import { pageText } from '../../engine/text';
import { pageRules } from '../../rules';
import { replicas } from '../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../support/dom';

// The cross-matrix: every replica is recognised as its own page and as no other, and the negative
// pages as nothing (github-url-detection's habit, applied to page ids and replica fixtures).

const lookup = labelLookup(pageRules);

describe('detection cross-matrix', () => {
  it('has replicas for every page rule and some negative pages', () => {
    const covered = new Set(replicas.map((r) => r.page));
    for (const rule of pageRules) expect(covered.has(rule.id), rule.id).toBe(true);
    expect(replicas.filter((r) => r.page === null).length).toBeGreaterThanOrEqual(3);
  });

  for (const replica of replicas) {
    it(`${replica.name} is ${replica.page ?? 'no page'}, and no other`, () => {
      const doc = renderedReplica(replica);
      expect(detectPage(pageRules, replica.url, doc)?.rule.id ?? null).toBe(replica.page);
      const url = new URL(replica.url);
      const text = pageText(doc);
      const labels = indexLabels(doc.body, lookup);
      const others = pageRules.filter((rule) => rule.id !== replica.page && evaluateRule(rule, url, text, doc, labels));
      expect(others.map((rule) => rule.id)).toEqual([]);
    });
  }

  it('recognises nothing before a late-rendered page has rendered', () => {
    for (const replica of replicas.filter((r) => r.render === 'current')) {
      const shell = parseDocument(renderedReplica(replica, '__none__').documentElement.outerHTML);
      const app = shell.getElementById('app');
      if (app && app.childElementCount === 0) expect(detectPage(pageRules, replica.url, shell), replica.name).toBeNull();
    }
  }, 30_000);

  // One test per replica: each parses its page, and a busy machine should not time out the lot.
  for (const replica of replicas.filter((r) => r.page)) {
    it(`finds every required field of ${replica.name} (but those a variant deliberately lacks)`, () => {
      const detection = detectPage(pageRules, replica.url, renderedReplica(replica))!;
      const missing = detection.rule.fields.filter((f) => !f.optional && !detection.fields.some((x) => x.id === f.id));
      expect(
        missing.map((f) => f.id),
        replica.name,
      ).toEqual(replica.missing ?? []);
    });
  }

  it('locates exactly the fields a replica lists, each in its own row (the per-entity verification forms)', () => {
    for (const replica of replicas.filter((r) => r.fields)) {
      const detection = detectPage(pageRules, replica.url, renderedReplica(replica))!;
      expect(detection.fields.map((f) => f.id).sort(), replica.name).toEqual([...replica.fields!].sort());
      const rows = detection.fields.map((f) => f.row);
      expect(new Set(rows).size, `${replica.name}: one row per field`).toBe(rows.length);
    }
  }, 30_000);

  it('survives a URL it cannot parse and an empty document', () => {
    expect(detectPage(pageRules, 'not a url', parseDocument('<p>邮箱</p>'))).toBeNull();
    expect(detectPage(pageRules, 'https://mp.weixin.qq.com/', parseDocument(''))).toBeNull();
  });
});

describe("markers come from the page's own content (issue 12, item 7)", () => {
  const OA_HOME = 'https://mp.weixin.qq.com/cgi-bin/home?t=home/index&token=1&lang=zh_CN';
  const page = (main: string, chrome = '') => parseDocument(`<body>${chrome}<main>${main}</main></body>`);

  it('ignores navigation menus, notice lists and link lists', () => {
    const menu = '<div><ul><li><a>首页</a></li><li><a>小程序管理</a></li></ul></div>';
    const notices = '<ul><li><a>快速注册并认证小程序功能优化</a><span>2026-11-20</span></li></ul>';
    expect(detectPage(pageRules, OA_HOME, page('<h2>首页</h2>', menu + notices))).toBeNull();
    expect(detectPage(pageRules, OA_HOME, page('<h2>首页</h2>', '<nav><a>小程序管理</a><a>快速注册并认证小程序</a></nav>'))).toBeNull();
    expect(detectPage(pageRules, OA_HOME, page('<h2>首页</h2>', '<div role="menu"><a>小程序管理</a><a>添加小程序</a></div>'))).toBeNull();
    expect(detectPage(pageRules, OA_HOME, page('<h2>首页</h2>', '<dl><dt>小程序</dt><dd><a>小程序管理</a></dd><dd><a>添加小程序</a></dd></dl>'))).toBeNull();
  });

  it('still reads headings, buttons, dialog titles and links inside sentences', () => {
    expect(detectPage(pageRules, OA_HOME, page('<h2>小程序管理</h2><button>添加</button><h3>添加小程序</h3>'))?.rule.id).toBe('quick.intro');
    // A link that is part of a sentence in a list item is page content (请尝试<a>重新发送</a>).
    const text = pageText(page('<ul><li>3、若仍未收到确认，请尝试<a>重新发送</a></li></ul>'));
    expect(text).toContain('重新发送');
    expect(pageText(page('<p>正文</p>', '<ul><li><a>菜单项</a></li></ul>'))).not.toContain('菜单项');
    // A short notice title beside its date is still the notice's link.
    expect(pageText(page('<p>正文</p>', '<ul><li><a>服务类目公告</a><span>2026-09-01</span></li></ul>'))).not.toContain('服务类目公告');
  });

  it('reads field labels wherever they are', () => {
    const doc = page('<h2>x</h2>', '<nav><label for="e">邮箱</label><input id="e"></nav>');
    const scan = scanPage(pageRules, doc);
    expect(scan.labels.size).toBeGreaterThan(0);
    expect(scan.text).not.toContain('邮箱');
  });
});
