// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASKED, MAX_SHAPE_BYTES, pageShape, shapeJson, shapeUrl, type ShapeNode } from '../../engine/page-shape';
import { replicaByName } from '../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../support/dom';

// The page shape (issue 20, item 4): skeleton and console texts only; no value, no other text, no client data.

const texts = (node: ShapeNode): string[] => [node.text ?? '', ...(node.children ?? []).flatMap(texts)].filter(Boolean);

describe('page shape', () => {
  it('keeps the URL without the token and with only action, step, t and lang values', () => {
    expect(shapeUrl('https://mp.weixin.qq.com/acct/wxverifyorder?action=index&token=1911103417&lang=zh_CN&replica=x&step=2#frag')).toBe(
      'https://mp.weixin.qq.com/acct/wxverifyorder?action=index&lang=zh_CN&replica=&step=2',
    );
    expect(shapeUrl('https://mp.weixin.qq.com/cgi-bin/readtemplate?t=register/step1_tmpl&token=&foo=bar@example.com')).toBe(
      'https://mp.weixin.qq.com/cgi-bin/readtemplate?t=register/step1_tmpl&foo=',
    );
  });

  it('keeps labels, headings, buttons, links and hints, and drops values and every other text', () => {
    const doc = parseDocument(`<body><main>
      <h2>微信认证</h2><p>一段说明</p>
      <div class="weui-desktop-form__control-group"><label class="weui-desktop-form__label" for="n">开户名称</label>
        <div><input id="n" name="bank_account_name" type="text" value="Typed Value Ltd" placeholder="placeholder text" title="a title">
        <p class="weui-desktop-form__tips">需与营业执照一致</p><span>span text</span></div></div>
      <textarea name="intro">intro typed</textarea><select name="s"><option>option text</option></select>
      <div contenteditable="true"><h3>article heading</h3></div>
      <button type="button">提交</button><a href="/x?token=1">帮助</a>
      <script>var secret = 1;</script></main></body>`);
    const shape = pageShape(doc, 'https://mp.weixin.qq.com/x?token=1');
    const json = shapeJson(shape);
    expect(texts(shape.body).sort()).toEqual(['微信认证', '开户名称', '需与营业执照一致', '提交', '帮助'].sort());
    for (const gone of [
      '一段说明',
      'Typed Value',
      'placeholder text',
      'a title',
      'span text',
      'intro typed',
      'option text',
      'article heading',
      'secret',
      'token=1',
    ])
      expect(json).not.toContain(gone);
    expect(json).toContain('"name": "bank_account_name"');
    expect(json).toContain('"for": "n"');
    expect(json).toContain('"type": "text"');
  });

  it('masks client data and runs of 6 or more digits, wherever they are', () => {
    const doc = parseDocument(`<body><h2>Acme Trading Limited 的认证</h2><label id="wx1234567890abcdef">AppID</label>
      <a class="user-42">ops@acme.example</a><button aria-label="编号 12345678">x</button><label>12345</label></body>`);
    const json = shapeJson(pageShape(doc, 'https://mp.weixin.qq.com/', { secrets: ['ACME TRADING LIMITED', 'ops@acme.example', 'wx1234567890abcdef'] }));
    for (const gone of ['Acme', 'acme', 'wx1234567890abcdef', '12345678']) expect(json).not.toContain(gone);
    expect(json).toContain(MASKED);
    expect(json).toContain('"text": "12345"'); // five digits are not masked
  });

  it('stays within 200 kB on a huge page, saying it was cut', () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => `<div class="row r${i % 7}"><label>标签</label><input name="f"></div>`).join('');
    const shape = pageShape(parseDocument(`<body>${rows}</body>`), 'https://mp.weixin.qq.com/');
    expect(new TextEncoder().encode(shapeJson(shape)).length).toBeLessThanOrEqual(MAX_SHAPE_BYTES);
    expect(shape.truncated).toBe(true);
  }, 30_000);

  it('is small and complete on a replica', () => {
    const doc = renderedReplica(replicaByName('verify.documents/2026-enterprise/current'));
    const shape = pageShape(doc, replicaByName('verify.documents/2026-enterprise/current').url);
    expect(shape.truncated).toBe(false);
    expect(texts(shape.body)).toEqual(expect.arrayContaining(['机构类型', '主体验证方式', '开户名称', '获取验证码']));
  });

  // The property: whatever client data and random text fill a page — in values, texts, attributes,
  // labels, buttons — none of it reaches the shape.
  it('never lets client data or text outside the kept elements through (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z\u4e00-\u4e2f]{4,12}$/).map((w) => `q${w}z`);
    const digits = fc.stringMatching(/^[1-9][0-9]{5,17}$/);
    const email = fc.tuple(word, word).map(([a, b]) => `${a}@${b}.com`);
    const client = fc.record({ name: word, email, number: digits, appId: fc.stringMatching(/^wx[0-9a-f]{16}$/), note: word });
    const place = fc.constantFrom(
      'label',
      'h3',
      'button',
      'a',
      'tips',
      'p',
      'span',
      'value',
      'placeholder',
      'title',
      'id',
      'class',
      'name',
      'aria',
      'textarea',
      'option',
    );
    fc.assert(
      fc.property(client, fc.array(fc.tuple(place, fc.nat(4)), { minLength: 1, maxLength: 12 }), word, (c, spots, random) => {
        const values = [c.name, c.email, c.number, c.appId, c.note];
        const html = spots
          .map(([where, i]) => {
            const v = values[i]!;
            switch (where) {
              case 'label':
              case 'h3':
              case 'button':
              case 'a':
                return `<${where}>${v}</${where}>`;
              case 'tips':
                return `<p class="frm_tips">说明 ${v}</p>`;
              case 'p':
              case 'span':
                return `<${where}>${random} ${v}</${where}>`;
              case 'value':
                return `<input value="${v}">`;
              case 'placeholder':
                return `<input placeholder="${random}">`;
              case 'title':
                return `<div title="${random}"></div>`;
              case 'id':
                return `<div id="x-${v}"></div>`;
              case 'class':
                return `<div class="c ${v}"></div>`;
              case 'name':
                return `<input name="${v}">`;
              case 'aria':
                return `<div aria-label="${v}"></div>`;
              case 'textarea':
                return `<textarea>${random}</textarea>`;
              default:
                return `<select><option>${random}</option></select>`;
            }
          })
          .join('');
        const doc = parseDocument(`<body><form><label>邮箱</label>${html}<p>${random}</p></form></body>`);
        const json = shapeJson(pageShape(doc, `https://mp.weixin.qq.com/x?token=${c.number}&q=${c.email}`, { secrets: values }));
        for (const secret of [...values, random]) expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
        expect(json).not.toMatch(/[0-9]{6,}/);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
