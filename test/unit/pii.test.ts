import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { around, findPii, type PiiKind } from '../../src/personal-data/pii.js';

// Personal details the editor must remove before a question is published, and medical text that
// must not be flagged (a false alarm everywhere would teach editors to ignore the list).

const kinds = (text: string, allowNames?: string[]) => findPii(text, { allowNames }).map((f) => [f.kind, f.text] as [PiiKind, string]);

describe('findPii: positives', () => {
  const cases: [string, PiiKind, string][] = [
    ['我的手机13812345678，麻烦医生回复', 'mobile', '13812345678'],
    ['电话 138 1234 5678', 'mobile', '138 1234 5678'],
    ['打我电话138-1234-5678就行', 'mobile', '138-1234-5678'],
    ['+86 139 0000 1111', 'mobile', '+86 139 0000 1111'],
    ['联系：8613912345678', 'mobile', '8613912345678'],
    ['手机：１３８１２３４５６７８', 'mobile', '１３８１２３４５６７８'],
    ['家里座机010-62345678', 'landline', '010-62345678'],
    ['(0571) 8888 6666', 'landline', '(0571) 8888 6666'],
    ['有事打电话：88886666', 'landline', '88886666'],
    ['身份证11010519491231002X', 'idcard', '11010519491231002X'],
    ['证件号 110105 19491231 0021', 'idcard', '110105 19491231 0021'],
    ['身份证号：44030119900101123x', 'idcard', '44030119900101123x'],
    ['邮箱 zhang.san@example.com 谢谢', 'email', 'zhang.san@example.com'],
    ['发到ｚｓ＠ｑｑ．ｃｏｍ', 'email', 'ｚｓ＠ｑｑ．ｃｏｍ'],
    ['微信号：zhangsan_88', 'wechat', 'zhangsan_88'],
    ['加我vx abc12345', 'wechat', 'abc12345'],
    ['微信13812345678', 'wechat', '13812345678'],
    ['QQ：123456789', 'qq', '123456789'],
    ['扣扣 98765432', 'qq', '98765432'],
    ['我家住杭州市西湖区文三路100号', 'address', '杭州市西湖区文三路100号'],
    ['住址：阳光小区3栋2单元501室', 'address', '阳光小区3栋2单元501室'],
    ['浙江省杭州市余杭区的患者', 'address', '浙江省杭州市余杭区'],
    ['在中山北路88号上班', 'address', '在中山北路88号'],
    ['住12号楼3单元402', 'address', '12号楼3单元402'],
    ['我叫张三，今年30岁', 'name', '张三'],
    ['我叫李明明', 'name', '李明明'],
    ['我叫张伟今年25岁', 'name', '张伟'],
    ['姓名：王建国', 'name', '王建国'],
    ['患者李秀英，女，45岁', 'name', '李秀英'],
    ['我是陈静，手背有白斑', 'name', '陈静'],
    ['我女儿刘思思今年六岁', 'name', '刘思思'],
    ['家属欧阳娜娜陪同', 'name', '欧阳娜娜'],
    ['请转告周建华先生', 'name', '周建华'],
  ];
  for (const [text, kind, hit] of cases) {
    test(`${kind}: ${text}`, () => {
      const found = findPii(text);
      assert.ok(
        found.some((f) => f.kind === kind && f.text.includes(hit.replace(/^在/, '')) && text.slice(f.start, f.end) === f.text),
        `expected ${kind} "${hit}" in ${JSON.stringify(found)}`,
      );
    });
  }
});

describe('findPii: negatives (medical and ordinary text)', () => {
  const clean = [
    '每天2次，每次10毫克',
    '外用0.1%他克莫司软膏，每日1至2次，连续12周',
    '308nm准分子激光每周照射2次，每次剂量200-300mJ/cm²',
    '2023年12月1日起，白斑扩大到3厘米',
    '已经13年了，今年45岁，体重65公斤',
    '疗程共3个月，1个月后复查，复诊时间上午9:00-11:30',
    '维生素D3 800-1000 IU，每天一次',
    '我是白癜风患者，想问问能不能晒太阳',
    '患者白斑扩大，位于面部区域',
    '患者王某，女，32岁',
    '患者李某某，男，28岁',
    '孩子高烧后出现白斑',
    '患者方可停药，毛囊周围有色素岛',
    '市面上的药膏能在患区用吗',
    '面部区域和手部区别大吗',
    '我是张医生的患者，上次开的药用完了',
    '张医生你好',
    '谢谢林医生',
    '门诊号源每天8点放出',
    '第3次治疗后有改善',
    '光疗一个疗程大约20到30次',
    '可以尊重孩子本人的意愿，同时请先问问医生',
  ];
  for (const text of clean) {
    test(`clean: ${text}`, () => assert.deepEqual(kinds(text), []));
  }

  test('the answering doctor’s name is allowed when named', () => {
    assert.deepEqual(kinds('我是林清远，白癜风稳定期可以考虑光疗。', ['林清远']), []);
    assert.deepEqual(kinds('我是林清远，白癜风稳定期可以考虑光疗。').map((k) => k[0]), ['name']);
  });
});

describe('findPii: the demo articles (real medical prose) raise nothing', () => {
  test('no finding in any demo article', async () => {
    const { articles } = await import('../../src/demo/data/articles/index.js');
    const found = articles.flatMap((a) => findPii(JSON.stringify(a)).map((f) => `${a.slug}: ${f.kind} ${f.text}`));
    assert.deepEqual(found, []);
  });
});

describe('findPii: several at once, offsets and context', () => {
  test('finds each detail once, in order, with exact offsets', () => {
    const text = '我叫王小明，手机13912345678，身份证110105194912310021，住在上海市浦东新区。';
    const found = findPii(text);
    assert.deepEqual(
      found.map((f) => f.kind),
      ['name', 'mobile', 'idcard', 'address'],
    );
    for (const f of found) assert.equal(text.slice(f.start, f.end), f.text);
    // The ID's digits are not reported again as a phone number.
    assert.equal(found.filter((f) => f.kind === 'mobile').length, 1);
  });

  test('around() shows the text either side of a finding', () => {
    const text = '最近手背有白斑，我的电话是13812345678，请回电。';
    const f = findPii(text)[0]!;
    const c = around(text, f, 4);
    assert.equal(c.hit, '13812345678');
    assert.equal(c.before, '…的电话是');
    assert.equal(c.after, '，请回电…');
  });
});

// Issue 17: names in comments and questions, flagged like phone numbers. Test data first, of
// varied shapes, with the look-alikes that are not names next to them.
describe('findPii: names of people, varied shapes (issue 17)', () => {
  const doctors = ['苏静和', '林清远', '顾明诚'];
  const names: [string, string][] = [
    ['王小明今年8岁，脸上有白斑', '王小明'],
    ['王小明说涂药后有点痒', '王小明'],
    ['我儿子张子轩，今年六岁', '张子轩'],
    ['同学赵一鸣的妈妈介绍我来的', '赵一鸣'],
    ['孩子爸爸周海涛，男，40岁', '周海涛'],
    ['我和刘婷婷是病友。黄嘉怡的妈妈也说好', '黄嘉怡'],
    ['李大夫说要再观察三个月', '李大夫'],
    ['马医生说光疗要坚持', '马医生'],
    ['护士小王很耐心，郑护士也很好', '郑护士'],
    ['名叫吴建军，在这里看过', '吴建军'],
  ];
  for (const [text, hit] of names) {
    test(`name: ${text}`, () => {
      const found = findPii(text, { allowNames: doctors });
      assert.ok(found.some((f) => f.kind === 'name' && f.text.includes(hit.replace(/(?:大夫|医生|护士)$/, '')) && text.slice(f.start, f.end) === f.text), `expected "${hit}" in ${JSON.stringify(found)}`);
    });
  }
  const notNames = [
    '苏医生说光疗要坚持', // the clinic's own doctor (public)
    '苏静和医生很耐心', // the clinic's own doctor by full name
    '林医生讲得很清楚',
    '向医生咨询后再决定', // 向 here is "to", not a surname
    '于医生而言这很常见',
    '高血压是白癜风的禁忌吗',
    '黄褐斑是色素增多',
    '周末时，白斑会更明显',
    '金银花是清热的',
    '黄芪是补气的药',
    '范围是手背和前臂',
    '汤药是医生开的',
    '严重的话要来院',
    '戴口罩的时候会不会捂出白斑',
    '方法是每天涂两次',
    '陈皮的味道孩子不喜欢',
    '许多人说晒太阳有用',
    '马上就要开学了',
    '患者李某某，男，28岁',
    '张某说他也得过',
    '医生说要再观察',
    '主治医生说',
    '门诊护士说明天复查',
    '白斑扩大了，怎么办',
    '谢谢医生，讲得很清楚',
  ];
  for (const text of notNames) {
    test(`not a name: ${text}`, () => assert.deepEqual(kinds(text, doctors), []));
  }
});
