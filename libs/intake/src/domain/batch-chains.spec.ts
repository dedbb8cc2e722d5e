import { batchChains } from './batch-chains';
import { charBigrams } from './near-duplicate';

const item = (text: string, normalizedUrl: string | null = null) => ({ normalizedUrl, title: '', text });
const chainsOf = (items: ReturnType<typeof item>[]) =>
  batchChains(
    items,
    items.map((it) => charBigrams(`${it.title} ${it.text}`)),
  );

describe('a pushed batch in chains received side by side', () => {
  it('keeps an item that could join another of the batch after it, in its chain; the rest apart', () => {
    const chains = chainsOf([
      item('东湖镇征地补偿款拖欠半年未发放，村民多次到镇政府反映无果。', 'weibo.example/1'),
      item('西山镇垃圾填埋场附近夜间臭味明显，周边居民无法开窗。'),
      item('转发：东湖镇征地补偿款拖欠半年未发放，村民多次到镇政府反映无果！'),
      item('县人民医院挂号系统瘫痪，患者排长队等候两小时。', 'weibo.example/9'),
      item('完全不同的文字，但链接相同。', 'weibo.example/9'),
      item('【扩散】西山镇垃圾填埋场附近夜间臭味明显，周边居民无法开窗了。'),
    ]);
    expect(chains).toEqual([
      [0, 2],
      [1, 5],
      [3, 4],
    ]);
  });

  it('joins chains through a middle item (an item near two others makes one chain of the three)', () => {
    const a = '柳营村自来水发黄有异味，村民担心饮水安全，请求检测水质。';
    const b = '柳营村自来水发黄、有异味，村民担心饮水安全，请求相关部门检测水质。';
    expect(
      chainsOf([item(a, 'x/1'), item('无关的另一件事情发生在北城街道。'), item(b), item('另文', 'x/1')]),
    ).toEqual([[0, 2, 3], [1]]);
  });

  it('compares only an item without a URL by its text: one with a URL joins by its URL alone, as on receiving', () => {
    const a = '柳营村自来水发黄有异味，村民担心饮水安全，请求检测水质。';
    expect(chainsOf([item(a, 'x/1'), item(`转发：${a}`, 'x/2'), item('北城街道另一件事。')])).toEqual([
      [0],
      [1],
      [2],
    ]);
  });
});
