#!/usr/bin/env node
// Writes the replicas of the current (2026, weui-desktop, Vue) 微信认证 form: the enterprise (企业-法人)
// form with 对公账户打款, the same page rebuilt for 法人扫脸, and 企业-个体工商户. RECONSTRUCTED FROM QUOTED
// SELECTORS (docs/console-notes.md §18.1): the class names, labels and texts quoted by automation on the
// live console are kept verbatim; the markup around them, the section titles, hints and option lists
// are [GUESS] and marked so in each file. The replicas are committed; tests read the files, never this
// script. After a change: `node replicas/pages/wxverify2026/generate.mjs`, then review the diff.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMAGE_ACCEPT = 'image/jpeg,image/png,image/bmp,image/gif';

const row = (label, controls) => `
      <div class="weui-desktop-form__control-group">
        <label class="weui-desktop-form__label">${label}</label>
        <div class="weui-desktop-form__controls">${controls}
        </div>
      </div>`;

const text = (name, placeholder = '') =>
  `
          <div class="weui-desktop-form__input-area"><input type="text" class="weui-desktop-form__input" name="${name}" placeholder="${placeholder}" autocomplete="off"></div>`;

const tips = (t) => `
          <p class="weui-desktop-form__tips">${t}</p>`;

/** Text without our [GUESS] comments (for attributes). */
const bare = (s) => s.replace(/<!--.*?-->/g, '');

/** A cascading dropdown (§18.1: .weui-desktop-form__dropdowncascade, head __dt, values __dt__value_ele, li.checked, module-has-options). */
function cascade(id, chosen, placeholder, groups) {
  const head = chosen.length
    ? chosen.map((v) => `<span class="weui-desktop-form__dropdowncascade__dt__value_ele">${v}</span>`).join('')
    : `<span class="weui-desktop-form__dropdowncascade__dt__value_ele weui-desktop-form__dropdowncascade__placeholder">${placeholder}</span>`;
  const first = groups
    .map(([g]) => `<li class="weui-desktop-dropdown__list-ele module-has-options${g === chosen[0] ? ' checked' : ''}" data-cascade-group="${bare(g)}">${g}</li>`)
    .join('');
  const second = groups
    .map(
      ([g, items]) =>
        `<ul class="weui-desktop-dropdown__list" data-cascade-items="${bare(g)}"${g === chosen[0] ? '' : ' hidden'}>${items
          .map((i) => `<li class="weui-desktop-dropdown__list-ele${g === chosen[0] && i === chosen[1] ? ' checked' : ''}">${i}</li>`)
          .join('')}</ul>`,
    )
    .join('');
  return `
          <div class="weui-desktop-form__dropdowncascade" data-replica-cascade>
            <div class="weui-desktop-form__dropdowncascade__dt">${head}</div>
            <div class="weui-desktop-form__dropdowncascade__dd" id="${id}" hidden><ul class="weui-desktop-dropdown__list">${first}</ul>${second}</div>
          </div>`;
}

const upload = (name) => `
          <div class="weui-desktop-upload"><label class="weui-desktop-btn weui-desktop-btn_default weui-desktop-upload__btn">上传<!-- [GUESS] --><input type="file" class="weui-desktop-upload__input" name="${name}" accept="${IMAGE_ACCEPT}"></label><span class="weui-desktop-upload__name">未选择文件</span></div>`;

function radios(face) {
  // The option not chosen re-renders the form from the other template (the Vue page's rebuild).
  const option = (label, checked, goto) =>
    `<label class="weui-desktop-form__check-label"${checked ? '' : ` data-replica-goto="${goto}"`}><input type="radio" class="weui-desktop-form__radio" name="verify_type"${checked ? ' checked' : ''}><i class="weui-desktop-icon-checkbox"></i><span class="weui-desktop-form__check-content">${label}</span></label>`;
  return `
          ${option('对公账户打款', !face, 'transfer')}${option('法人扫脸', face, 'face')}`;
}

/** The form for one organisation type; `face`: rebuilt for 法人扫脸 (bank rows gone, the QR block there). */
function form(orgType, face) {
  const bank = face
    ? row(
        '法定代表人验证',
        `
          <div class="replica-qrcode" data-replica-scan-after="1500"><span class="replica-qrcode__img" role="img" aria-label="qrcode"></span><p class="replica-qrcode__status" data-replica-scan-status>请法定代表人使用本人微信扫码<!-- [GUESS]; reads 已验证成功 once scanned (quoted) --></p></div>`,
      )
    : row('开户名称', text('bank_account_name') + tips('需与营业执照上的名称一致<!-- [GUESS] -->')) +
      row('开户银行', text('bank_name')) +
      row('账号', text('bank_account'));
  return `
  <div class="weui-desktop-panel">
    <h2 class="weui-desktop-page__title">微信认证</h2>
    <form class="weui-desktop-form" novalidate>
      <div class="weui-desktop-panel__hd"><h3 class="weui-desktop-panel__title">主体信息<!-- [GUESS] section title --></h3></div>${row(
        '机构类型',
        cascade('replica-org-type', orgType, '请选择机构类型<!-- [GUESS] -->', [
          ['企业', ['法人', '个体工商户']],
          ['政府<!-- [GUESS] -->', ['政府机关<!-- [GUESS] -->']],
          ['其他组织<!-- [GUESS] -->', ['事业单位<!-- [GUESS] -->', '社会团体<!-- [GUESS] -->']],
        ]),
      )}${row(
        '经营行业',
        cascade('replica-industry', [], '请选择经营行业<!-- [GUESS] -->', [
          ['信息技术<!-- [GUESS] -->', ['软件和信息技术服务业<!-- [GUESS] -->', '互联网和相关服务<!-- [GUESS] -->']],
          ['批发和零售业<!-- [GUESS] -->', ['零售业<!-- [GUESS] -->']],
        ]),
      )}${row('统一社会信用代码', text('credit_code'))}${row('工商营业执照', upload('license') + tips('支持jpg、jpeg、png、bmp、gif格式，大小不超过2M<!-- [GUESS] wording; 2M per §18.2 -->'))}${row(
        '其他证明材料',
        upload('other_material'),
      )}
      <div class="weui-desktop-panel__hd"><h3 class="weui-desktop-panel__title">对公账户信息<!-- third party (qinsilk) --></h3></div>${row(
        '主体验证方式',
        radios(face) + tips('建议选择法人扫脸<!-- third party (qinsilk) -->'),
      )}${bank}
      <div class="weui-desktop-panel__hd"><h3 class="weui-desktop-panel__title">认证联系人信息<!-- third party (qinsilk) --></h3></div>${row('联系人姓名', text('contact_name'))}${row(
        '联系人手机号码',
        text('contact_phone'),
      )}${row(
        '验证码<!-- [GUESS] label -->',
        `
          <div class="weui-desktop-form__input-area"><input type="text" class="weui-desktop-form__input" name="verify_code" autocomplete="off"><button type="button" class="weui-desktop-btn weui-desktop-btn_default">获取验证码</button></div>`,
      )}${row('联系人邮箱', text('contact_email'))}
      <div class="weui-desktop-form__actions"><button type="button" class="weui-desktop-btn weui-desktop-btn_primary">提交<!-- [GUESS] --></button></div>
    </form>
  </div>`;
}

function page({ what, orgType, start }) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>微信公众平台</title>
<link rel="stylesheet" href="/__replica/console.css">
</head>
<!--
  Replica, RECONSTRUCTED FROM QUOTED SELECTORS: the current (2026, weui-desktop, Vue) 微信认证 form, ${what}.
  Generated by pages/wxverify2026/generate.mjs from docs/console-notes.md §18.1.
  Verbatim (quoted by automation on the live console): the row classes .weui-desktop-form__control-group /
  __label; the cascades .weui-desktop-form__dropdowncascade (__dt, __dt__value_ele, li.checked,
  module-has-options) labelled 机构类型 and 经营行业; the upload blocks 工商营业执照 and 其他证明材料; the radio
  主体验证方式 with 对公账户打款 / 法人扫脸; the rows 开户名称 / 开户银行 / 账号, replaced for 法人扫脸 by a 法定代表人验证
  QR block that reads 已验证成功 once scanned; input[name=verify_code] with 获取验证码. Third party (qinsilk.com
  help 2453): 机构类型 企业-法人 / 企业-个体工商户, 统一社会信用代码, 认证联系人信息, 对公账户信息, 建议选择法人扫脸.
  [GUESS]: the page title's place, section order, hints, option lists, the code row's label, the contact rows.
  Rendered by script after load (body[data-replica-delay]); choosing the other 主体验证方式 re-renders the
  whole form from its template, as the Vue page rebuilds it (typed values are lost, as there).
  Behaviour: replicas/replica/vue-form.js (cascades; the QR block reads 已验证成功 after 1.5 s).
-->
<body data-replica-delay="1200"${start ? ` data-replica-start="${start}"` : ''}>
<header class="weui-desktop-head">
  <div class="weui-desktop-head__inner">
    <h1 class="weui-desktop-logo"><a href="https://mp.weixin.qq.com/" title="微信公众平台">微信公众平台</a></h1>
    <div class="weui-desktop-head__nav"><span class="weui-desktop-account__nickname">示例小程序</span></div>
  </div>
</header>
<main class="weui-desktop-layout__main"><div id="app"></div></main>

<template data-replica-step="transfer">${form(orgType, false)}
</template>
<template data-replica-step="face">${form(orgType, true)}
</template>
<script src="/__replica/runtime.js"></script>
<script src="/__replica/vue-form.js"></script>
</body>
</html>
`;
}

const pages = [
  { file: 'verify-documents.2026-enterprise.current.html', what: 'enterprise (企业-法人) with 对公账户打款', orgType: ['企业', '法人'] },
  { file: 'verify-documents.2026-face.current.html', what: 'enterprise (企业-法人) rebuilt for 法人扫脸', orgType: ['企业', '法人'], start: 'face' },
  { file: 'verify-documents.2026-individual.current.html', what: '企业-个体工商户 with 对公账户打款', orgType: ['企业', '个体工商户'] },
];

for (const p of pages) writeFileSync(join(pagesDir, p.file), page(p));
console.log(`wrote ${pages.length} replicas`);
