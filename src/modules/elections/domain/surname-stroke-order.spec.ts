import { describe, expect, it } from '@jest/globals';
import { STROKE_TABLE } from './stroke-table.js';
import { compareByStrokes, orderByStrokes, strokesOf, unknownCharacters } from './surname-stroke-order.js';

/** Shuffles deterministically, so a test never passes because its input was already in order. */
const scrambled = (names: string[]) =>
  [...names].reverse().sort((a, b) => (a.codePointAt(0)! % 7) - (b.codePointAt(0)! % 7));
const order = (names: string[]) => orderByStrokes(scrambled(names), (n) => n).ordered;

describe('stroke table', () => {
  it('knows the stroke shapes of common surnames (1 横 2 竖 3 撇 4 点 5 折)', () => {
    expect(strokesOf('王')).toBe('1121'); // 横 横 竖 横
    expect(strokesOf('毛')).toBe('3115'); // 撇 横 横 竖弯钩(折)
    expect(strokesOf('丁')).toBe('12'); // 横 竖钩: 竖钩 counts as 竖
    expect(strokesOf('孙')).toBe('521234'); // 横撇 竖钩 提(as 横) 竖钩 撇 点
    expect(strokesOf('心')).toBe('4544'); // 点 卧钩(折) 点 点
  });

  it('covers all 3,755 characters of GB 2312 level 1 and the common name characters outside it', () => {
    const entries = STROKE_TABLE.join('').match(/\D/gu)!.length;
    expect(entries).toBeGreaterThanOrEqual(6900);
    for (const c of '啊阿埃挨哎唉哀皑癌蔼矮艾碍爱隘鞍氨安俺按暗岸胺案肮昂盎凹敖熬翱袄傲奥懊澳座')
      expect(strokesOf(c)).toBeDefined();
    for (const c of '喆堃玥珺燊赟') expect(strokesOf(c)).toBeDefined();
  });
});

describe('姓氏笔画 order', () => {
  it('puts fewer strokes first: 丁(2) 马(3) 王(4) 石(5) 刘(6) 李(7)', () =>
    expect(order(['李', '刘', '王', '丁', '石', '马'])).toEqual(['丁', '马', '王', '石', '刘', '李']));

  it('orders equal counts by the first stroke, 横 竖 撇 点 折: 王 1121, 贝 2534, 毛 3115, 方 4153, 孔 5215', () =>
    expect(order(['孔', '方', '毛', '贝', '王'])).toEqual(['王', '贝', '毛', '方', '孔']));

  it('orders the brief example 丁 王 方 孔: 丁 has 2 strokes; the 4-stroke ones start with 横, 点, 折', () =>
    expect(order(['孔', '方', '王', '丁'])).toEqual(['丁', '王', '方', '孔']));

  it('goes on to the second stroke when the first ones agree: 王 1121, 井 1132, 元 1135, 韦 1152 (all 横 横 ...)', () =>
    expect(order(['韦', '元', '井', '王'])).toEqual(['王', '井', '元', '韦']));

  it('goes as deep as needed: 文 4134 before 方 4153 (点 横 agree; 撇 before 折)', () =>
    expect(compareByStrokes('文', '方')).toBeLessThan(0));

  it('orders the 7-stroke surnames by their first stroke: 李 1…, 吴 2…, 何 3…, 宋 4…, then 张 51… before 陈 52…', () =>
    expect(order(['陈', '张', '宋', '何', '吴', '李'])).toEqual(['李', '吴', '何', '宋', '张', '陈']));

  it('orders one surname by the given name: 王一(1) 王大力 (大 134) 王小明 (小 234, same count, 竖 after 横)', () =>
    expect(order(['王小明', '王大力', '王一'])).toEqual(['王一', '王大力', '王小明']));

  it('compares the first character before the second: 马丽 (马 3 strokes) before 王一 (王 4) although 一 < 丽', () =>
    expect(order(['王一', '马丽'])).toEqual(['马丽', '王一']));

  it('treats a compound surname character by character: 欧文 (文 4) before 欧阳修 (阳 6) before 欧敏 (敏 11)', () =>
    expect(order(['欧敏', '欧阳修', '欧文'])).toEqual(['欧文', '欧阳修', '欧敏']));

  it('keeps one surname together when two characters share a stroke sequence: 于 and 干 are both 112', () => {
    expect(strokesOf('于')).toBe(strokesOf('干'));
    // 于 (U+4E8E) before 干 (U+5E72) by code point, and that decides before the given names are compared.
    expect(order(['干一', '于丹', '干丹', '于一'])).toEqual(['于一', '于丹', '干一', '干丹']);
  });

  it('puts a name before the longer name it begins: 王五 before 王五一', () =>
    expect(order(['王五一', '王五'])).toEqual(['王五', '王五一']));

  it('is not the pinyin order a locale sort gives (李 王 张): 王 4 strokes, then 李 and 张 (7, 横 before 折)', () => {
    expect(['张', '王', '李'].sort(new Intl.Collator('zh-CN').compare)).not.toEqual(['王', '李', '张']);
    expect(order(['张', '王', '李'])).toEqual(['王', '李', '张']);
  });

  it('ignores spaces and the middle dot of transliterated names', () => {
    expect(compareByStrokes('买买提·艾力', '买买提艾力')).toBe(0);
    expect(compareByStrokes('王 小明', '王小明')).toBe(0);
  });
});

describe('characters the table does not know', () => {
  it('sorts them after every known character, among themselves by code point (A, 龘 U+9F98, 𠮷 U+20BB7), and reports them', () => {
    const result = orderByStrokes(['𠮷野', 'Anna', '龘', '王'], (n) => n);
    expect(result.ordered).toEqual(['王', 'Anna', '龘', '𠮷野']);
    expect(result.unknownCharacters.sort()).toEqual(['A', 'a', 'n', '龘', '𠮷'].sort());
  });

  it('places a known character before an unknown one even when the unknown has fewer strokes: 麟 (23) before 𠮷 (6)', () =>
    expect(compareByStrokes('麟', '𠮷')).toBeLessThan(0));

  it('lists the unknown characters of a name once each', () => expect(unknownCharacters('𠮷𠮷王')).toEqual(['𠮷']));
});
