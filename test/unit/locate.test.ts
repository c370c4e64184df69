// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locateFields } from '../../engine/locate';
import { readCallingCode, readFieldValue } from '../../engine/values';
import { pageRuleById } from '../../rules';
import { parseDocument } from '../support/dom';

const account = pageRuleById('register.account')!;
const entity = pageRuleById('register.entity')!;

const ids = (html: string, rule = account) =>
  locateFields(rule, parseDocument(html))
    .map((f) => f.id)
    .sort();
const byId = (html: string, id: string, rule = account) => {
  const found = locateFields(rule, parseDocument(html)).find((f) => f.id === id);
  if (!found) throw new Error(`${id} not found`);
  return found;
};

const weui = (label: string, control = '<input class="weui-desktop-form__input">') => `
  <div class="weui-desktop-form__control-group">
    <label class="weui-desktop-form__label">${label}</label>
    <div class="weui-desktop-form__controls"><div class="weui-desktop-form__input-area">${control}</div>
    <div class="weui-desktop-form__tips">提示</div></div>
  </div>`;
const legacy = (label: string, name: string) => `
  <div class="frm_control_group"><label for="" class="frm_label">${label}</label>
    <div class="frm_controls"><span class="frm_input_box"><input name="${name}" class="frm_input"></span><p class="frm_tips">提示</p></div></div>`;

describe('locateFields', () => {
  it("reads a phone field's number box, not the country-code choice before it, and the code chosen there", () => {
    const select = `<select><option value="+852" selected>+852 香港</option><option value="+853">+853 澳门</option></select>`;
    const withSelect = byId(weui('管理员手机号码', `${select}<input type="text" value="">`), 'admin-mobile', entity);
    expect(withSelect.control?.tagName).toBe('INPUT');
    expect(readFieldValue(withSelect)).toBe('');
    expect(readCallingCode(withSelect)).toBe('+852');
    const dropdown = `<dl><dt><span>+853</span></dt><dd hidden><ul><li>+852</li><li>+853</li></ul></dd></dl><input type="text">`;
    expect(readCallingCode(byId(weui('管理员手机号码', dropdown), 'admin-mobile', entity))).toBe('+853');
    // The hint under the box is not a chosen code.
    expect(readCallingCode(byId(weui('管理员手机号码', '<input type="text">'), 'admin-mobile', entity))).toBe('');
  });

  it('finds fields in the current weui-desktop rendering', () => {
    const html = weui('邮箱') + weui('密码', '<input type="password">') + weui('确认密码', '<input type="password">') + weui('验证码');
    expect(ids(html)).toEqual(['captcha', 'email', 'password', 'password-confirm']);
  });

  it("finds fields in the legacy frm_* rendering and picks each row's own input", () => {
    const html = `<form>${legacy('邮箱', 'email')}${legacy('密码', 'pw1')}${legacy('确认密码', 'pw2')}</form>`;
    expect(byId(html, 'password').control?.getAttribute('name')).toBe('pw1');
    expect(byId(html, 'password-confirm').control?.getAttribute('name')).toBe('pw2');
    expect(byId(html, 'email').anchor.className).toBe('frm_controls');
  });

  it('finds fields in markup with no known classes, extra wrappers and reordered rows', () => {
    const html = `<section><div><div><span>确认密码</span></div><div><div><input data-x="3"></div></div></div>
      <div><b>*</b><span>邮箱：</span><em><input data-x="1"></em></div>
      <table><tr><th>密码</th><td><input data-x="2"></td></tr></table></section>`;
    expect(byId(html, 'email').control?.getAttribute('data-x')).toBe('1');
    expect(byId(html, 'password').control?.getAttribute('data-x')).toBe('2');
    expect(byId(html, 'password-confirm').control?.getAttribute('data-x')).toBe('3');
  });

  it('follows label[for] and aria-label/placeholder labels', () => {
    const html = `<label for="a">邮箱</label><div><input id="a"></div><input aria-label="密码"><input placeholder="确认密码">`;
    expect(byId(html, 'email').control?.id).toBe('a');
    expect(ids(html)).toEqual(['email', 'password', 'password-confirm']);
  });

  it('normalises asterisks, colons and spacing in labels', () => {
    expect(ids(weui('<span class="required">*</span>邮 箱：') + weui('密码:') + weui('确认密码 *'))).toEqual(['email', 'password', 'password-confirm']);
  });

  it('reads English labels and text wrapped by Chrome translation', () => {
    const html = weui('<font><font>Email</font></font>') + weui('Password') + weui('Confirm password');
    expect(ids(html)).toEqual(['email', 'password', 'password-confirm']);
  });

  it('does not take a longer label or a sentence for a field label', () => {
    const html = `<div class="weui-desktop-setting__item"><span>登录邮箱</span><span>a***@example.com</span></div>
      <p>请填写邮箱</p><div><label>邮箱地址说明文字很长很长很长</label><input></div>`;
    expect(ids(html)).toEqual([]);
  });

  it('locates a dropdown made of divs by the element after its label', () => {
    const html = `<div class="row"><label>注册国家/地区</label><div class="dropdown"><dl><dt>香港</dt></dl></div></div>
      ${weui('主体类型', '<label><input type="radio">企业</label>')}`;
    const country = byId(html, 'country', entity);
    expect(country.control).toBeNull();
    expect(country.anchor.className).toBe('dropdown');
  });

  it("does not let a control-less row borrow the next row's input", () => {
    const html = `<form><div><label>注册国家/地区</label><div class="dd">香港</div></div>${weui('企业名称')}</form>`;
    expect(byId(html, 'country', entity).control).toBeNull();
    expect(byId(html, 'company-name', entity).control).not.toBeNull();
  });

  it('ignores hidden rows and template content', () => {
    const html = `<div hidden>${weui('邮箱')}</div><template>${weui('密码')}</template>${weui('确认密码')}`;
    expect(ids(html)).toEqual(['password-confirm']);
  });
});

describe('locateFields with label[for]', () => {
  it('anchors the tip in the row, not inside the input box', () => {
    const html = `<div class="frm_control_group"><label class="frm_label" for="js_email">邮箱</label>
      <div class="frm_controls"><span class="frm_input_box"><input id="js_email"></span><p class="frm_tips">提示</p></div></div>`;
    const email = byId(html, 'email');
    expect(email.row.className).toBe('frm_control_group');
    expect(email.anchor.className).toBe('frm_controls');
  });
});

describe('locateFields with a label text used twice', () => {
  it('prefers the occurrence whose row has a control over a section heading', () => {
    const html = `<h3>确认密码</h3><p>说明</p>${weui('邮箱')}${weui('密码')}${weui('确认密码', '<input data-x="confirm">')}`;
    expect(byId(html, 'password-confirm').control?.getAttribute('data-x')).toBe('confirm');
  });
});
