import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MATCH_INPUT, matchConsoleMessages, normaliseConsoleText } from '../../engine/messages';
import { factIds } from '../../rules/facts';
import { localeIds, locales } from '../../locales';
import { consoleMessageById, consoleMessageKeys, consoleMessages } from '../../rules/messages';
import { consoleMessageSchema } from '../../rules/messages.schema';

const PLACEHOLDER = /\{\d+\}|\{n\}|\{数字\}|%s|%d/g;

/** The entry's text with its placeholders filled: digits where the message starts with one. */
function fill(zh: string, sample: string): string {
  return zh.replace(PLACEHOLDER, (_token, offset: number) => (offset === 0 ? '5' : sample));
}

function ids(text: string): string[] {
  return matchConsoleMessages(text).map((match) => match.message.id);
}

describe('console message catalog', () => {
  it('validates against the schema', () => {
    for (const message of consoleMessages) {
      const result = consoleMessageSchema.safeParse(message);
      expect(result.success, `${message.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has unique ids and unique Chinese texts', () => {
    const seenIds = new Set<string>();
    const seenTexts = new Set<string>();
    for (const message of consoleMessages) {
      expect(seenIds.has(message.id), message.id).toBe(false);
      seenIds.add(message.id);
      const key = normaliseConsoleText(message.zh);
      expect(seenTexts.has(key), message.id).toBe(false);
      seenTexts.add(key);
    }
    expect(consoleMessageById('email.occupied')?.ret).toEqual([201014]);
    expect(consoleMessageById('nope')).toBeUndefined();
  });

  it('explains every entry and says what to do next, in every language (locales/<locale>/console-messages.json)', () => {
    for (const locale of localeIds) {
      const texts = locales[locale];
      for (const message of consoleMessages) {
        const keys = consoleMessageKeys(message.id);
        expect(texts[keys.en]?.trim().length ?? 0, `${locale} ${keys.en}`).toBeGreaterThanOrEqual(5);
        expect(texts[keys.action]?.trim().length ?? 0, `${locale} ${keys.action}`).toBeGreaterThanOrEqual(5);
      }
      // No text for an entry that no longer exists.
      const expected = consoleMessages.flatMap((message) => Object.values(consoleMessageKeys(message.id))).sort();
      expect(
        Object.keys(texts)
          .filter((key) => key.startsWith('console.'))
          .sort(),
        locale,
      ).toEqual(expected);
    }
    expect(locales.en[consoleMessageKeys('email.occupied').en]).toMatch(/already (in use|used|taken)/i);
  });

  it('cites known facts only', () => {
    const known = new Set<string>(factIds);
    for (const message of consoleMessages) for (const fact of message.facts ?? []) expect(known.has(fact), message.id).toBe(true);
  });

  it('marks exactly the email-taken messages', () => {
    const marked = consoleMessages
      .filter((message) => message.marksEmailTaken)
      .map((message) => message.id)
      .sort();
    expect(marked).toEqual(
      ['activate.already-registered', 'email.bound-wechat', 'email.occupied', 'email.registered-login', 'email.registered-login-home'].sort(),
    );
    for (const message of consoleMessages) {
      const takenText = /该邮箱已被占用|邮箱已经被注册过|此邮箱已绑定客户端微信帐号/.test(message.zh);
      expect(message.marksEmailTaken === true, message.id).toBe(takenText);
    }
  });

  it('covers the key console texts of the reference', () => {
    const required = [
      '该邮箱已被占用，请更换其他邮箱',
      '邮箱已经被注册过，请直接登录',
      '此邮箱已绑定客户端微信帐号，不能用于注册公众帐号',
      '密码长度不足8位',
      '验证码错误，请重新输入',
      '请输入15位营业执照注册号或18位的统一社会信用代码',
      '请输入您的身份证号码。一个身份证号码只能注册5个小程序。',
      '请输入您的手机号码，一个手机号码只能注册5个小程序。',
      '已有%s个帐号登记过该身份证，请使用另外一个身份证完成用户信息登记',
      '本月已复用资质创建{n}个小程序，不可新增。',
      '小程序实际所提供的服务属于境外主体尚未开放的服务类目',
      '当前商户号暂不支持关联该类型的AppID',
      '小程序需补充备案信息',
    ];
    const texts = new Set(consoleMessages.map((message) => message.zh));
    for (const zh of required) expect(texts.has(zh), zh).toBe(true);
    const kinds = new Set(consoleMessages.map((message) => message.kind));
    expect([...kinds].sort()).toEqual(['error', 'hint', 'notice']);
  });
});

describe('matchConsoleMessages', () => {
  it("matches each entry's own text to that entry", () => {
    for (const message of consoleMessages) {
      for (const sample of ['5', 'ABC']) {
        const text = fill(message.zh, sample);
        const found = matchConsoleMessages(text);
        expect(
          found.map((match) => match.message.id),
          `${message.id} ← ${text}`,
        ).toEqual([message.id]);
        expect(found[0]?.index, message.id).toBe(0);
      }
    }
  });

  it('matches with trailing extras, e.g. 。查看详情', () => {
    expect(ids('该邮箱已被占用，请更换其他邮箱。查看详情')).toEqual(['email.occupied']);
    for (const message of consoleMessages) {
      expect(ids(`${fill(message.zh, '5')}。查看详情`), message.id).toEqual([message.id]);
    }
  });

  it('treats full-width and half-width punctuation as equal', () => {
    const toHalf = (text: string): string =>
      text.replace(/，/g, ',').replace(/！/g, '!').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')').replace(/？/g, '?');
    const toFull = (text: string): string => text.replace(/,/g, '，').replace(/!/g, '！').replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）');
    for (const message of consoleMessages) {
      expect(ids(toHalf(fill(message.zh, '5'))), message.id).toEqual([message.id]);
      expect(ids(toFull(fill(message.zh, '5'))), message.id).toEqual([message.id]);
    }
    expect(ids('暂不支持该类型商户号绑定本AppID，请点击"拒绝"结束该流程')).toEqual(['pay.merchant-type-unsupported']);
  });

  it('treats 账号 and 帐号 as equal', () => {
    expect(ids('此邮箱已绑定客户端微信账号，不能用于注册公众账号')).toEqual(['email.bound-wechat']);
    for (const message of consoleMessages) {
      expect(ids(fill(message.zh, '5').replace(/帐/g, '账')), message.id).toEqual([message.id]);
    }
  });

  it('finds messages embedded in a longer row text, with positions in the original text', () => {
    const row =
      '邮箱\n  name@example.com\n  ● 该邮箱已被占用，请更换其他邮箱。查看详情\n  作为登录账号，请填写未被微信公众平台注册，未被微信开放平台注册，未被个人微信号绑定的邮箱';
    const found = matchConsoleMessages(row);
    expect(found.map((match) => match.message.id)).toEqual(['email.occupied', 'email.hint']);
    const first = found[0];
    expect(first).toBeDefined();
    if (first) {
      expect(first.index).toBe(row.indexOf('该邮箱'));
      expect(row.slice(first.index, first.index + first.length)).toMatch(/^该邮箱已被占用，请更换其他邮箱/);
    }
  });

  it('matches across whitespace and element breaks', () => {
    expect(ids('该邮箱已被占用，\n     请更换 其他邮箱')).toEqual(['email.occupied']);
    expect(ids('感谢注册！确认邮件已发送至你的注册邮箱：\n<span>name@example.com</span>。请进入邮箱查看邮件，并激活公众平台帐号。')).toEqual([
      'activate.mail-sent',
    ]);
    expect(ids('发送验证码 58 秒后可重发')).toEqual(['sms-code.countdown']);
    expect(ids('该手机已经登记过 5 次，请使用别的手机号进行用户信息登记')).toEqual(['admin-mobile.limit']);
  });

  it('prefers the longest message where texts overlap', () => {
    expect(ids('邮箱已经被注册过，请从公众平台首页直接登录完成信息登记')).toEqual(['activate.already-registered']);
    expect(ids('邮箱已经被注册过，请从公众平台首页直接登录')).toEqual(['email.registered-login-home']);
    expect(ids('法定代表人姓名为2到20个中英文')).toEqual(['legal-rep-name.length']);
    expect(ids('法定代表人身份证格式不正确，或者年龄未满18周岁，请重新填写。')).toEqual(['legal-rep-id.invalid']);
    expect(ids('请输入正确的营业执照注册号或统一社会信用代码')).toEqual(['registration-number.invalid-or-uscc']);
  });

  it('returns several messages sorted by position, without overlaps', () => {
    const text = '两次输入的密码不一致 验证码错误，请重新输入 注册失败！ 两次输入的密码不一致';
    const found = matchConsoleMessages(text);
    expect(found.map((match) => match.message.id)).toEqual(['password-confirm.mismatch', 'captcha.wrong', 'register.failed', 'password-confirm.mismatch']);
    for (let i = 1; i < found.length; i++) {
      const previous = found[i - 1];
      const current = found[i];
      if (previous && current) expect(current.index).toBeGreaterThanOrEqual(previous.index + previous.length);
    }
  });

  it('matches nothing in unrelated text', () => {
    const unrelated = [
      '',
      '首页',
      '登录邮箱',
      '基本设置 名称 头像 介绍 登录邮箱 name@example.com 修改 原始ID gh_0123456789ab 主体信息 微信认证 未认证',
      '首页 小程序发布流程 小程序信息 小程序类目 开发工具 提交审核 发布',
      '今天天气很好，我们去公园散步吧。这家餐厅的菜非常好吃，价格也合理。',
      '邮箱 密码 确认密码 验证码 换一张 注册 已有微信公众帐号？立即登录',
      'Settings · Login email · Please enter a valid email address',
      '请输入',
      '验证码',
      '5秒',
    ];
    for (const text of unrelated) expect(ids(text), text).toEqual([]);
  });

  it('never throws on arbitrary strings', () => {
    const fragments = consoleMessages.map((message) => fill(message.zh, '5'));
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: anyUnit, maxLength: 60 }),
      fc.constantFrom(...fragments),
      fc.constantFrom('。查看详情', '{0}', '%s', '\u202e', '\ud800', '\udfff', '👩‍💻', 'مرحبا', '　', '\u0000'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const found = matchConsoleMessages(text);
        expect(Array.isArray(found)).toBe(true);
        for (const match of found) {
          expect(match.index).toBeGreaterThanOrEqual(0);
          expect(match.index + match.length).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
    expect(matchConsoleMessages(undefined as unknown as string)).toEqual([]);
    expect(matchConsoleMessages(null as unknown as string)).toEqual([]);
  });

  it('handles 20,000 characters quickly (no catastrophic backtracking)', () => {
    const adversarial = [
      '企业名称为'.repeat(4_000),
      '姓名为5到'.repeat(4_000),
      '已有'.repeat(10_000),
      '5'.repeat(20_000),
      '感谢注册！确认邮件已发送至你的注册邮箱 : '.repeat(1_000),
      '小程序认证过期时间：2024年'.repeat(1_500),
      '该邮箱已被占用，请更换其他邮箱。'.repeat(1_300),
      consoleMessages
        .map((message) => fill(message.zh, '5'))
        .join(' ')
        .repeat(20),
      Array.from({ length: 20_000 }, (_unused, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_000))).join(''),
    ];
    matchConsoleMessages(adversarial[0] ?? ''); // warm up
    for (const text of adversarial) {
      const input = text.slice(0, MAX_MATCH_INPUT);
      const started = performance.now();
      matchConsoleMessages(input);
      const elapsed = performance.now() - started;
      // A guard against catastrophic backtracking (which takes seconds to hours), not a benchmark:
      // the bound is generous so a busy machine never fails it. Real figures: npm run bench.
      expect(elapsed, `${input.slice(0, 20)}… took ${elapsed.toFixed(1)} ms`).toBeLessThan(1_000);
    }
  });

  it('caps very long input instead of scanning it all', () => {
    const text = `${'x'.repeat(MAX_MATCH_INPUT)}该邮箱已被占用，请更换其他邮箱`;
    expect(ids(text)).toEqual([]);
    const huge = '随便'.repeat(500_000);
    const started = performance.now();
    expect(ids(huge)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000); // capped: a full 1 MB scan would be far slower
  });
});
