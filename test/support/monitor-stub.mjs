// A monitoring system as the platform meets it (issue 23): its own process, with its own idea of what it found,
// pushing batches to POST /intake/items with its source's key, one after another, as a monitor does every minute.
//   node monitor-stub.mjs <base-url> <key>
// Prints one JSON line per batch ({ batch, status, body }) and exits 0 once every batch has had an answer; what the
// answers mean is the test's to judge. Plain Node (no build step): the test spawns it with child_process.
const [base, key] = process.argv.slice(2);
if (!base || !key) {
  process.stderr.write('usage: node monitor-stub.mjs <base-url> <key>\n');
  process.exit(2);
}

const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
const weiboPost = {
  id: 'wb-3301',
  url: 'https://weibo.example/qingshui/3301?utm_source=stub&spm=a1',
  platform: 'WEIBO',
  author: '清水县吃瓜群众',
  title: '桥头镇砂石厂夜间作业扰民',
  text: '桥头镇砂石厂连续一周夜里作业到凌晨，附近村民无法入睡，多次反映无人处理。',
  publishedAt: hourAgo,
  spread: { posts: 1, reposts: 40, comments: 12, views: 3100 },
};
const douyinPost = {
  id: 'dy-7788',
  url: 'https://douyin.example/video/7788',
  platform: 'DOUYIN',
  author: '青石乡小李',
  title: '青石乡集贸市场收费不透明',
  text: '青石乡集贸市场摊位费一年涨了三次，商户说收费没有公示，也不开票。',
  publishedAt: hourAgo,
  spread: { posts: 1, reposts: 8, comments: 30, views: 12000 },
};
const boardMessage = {
  id: 'lb-5501',
  platform: 'LEADER_MESSAGE_BOARD',
  author: '河口村村民',
  title: '河口村石桥冲毁请求修复',
  text: '河口村通往镇上的石桥昨晚被洪水冲垮，村里几百口人出行只能绕远路，恳请领导尽快安排修复。',
  publishedAt: hourAgo,
};

const batches = [
  // What it found this minute.
  { name: 'first', body: { items: [weiboPost, douyinPost, boardMessage] } },
  // Its previous push timed out on its side: it sends the very same batch again.
  { name: 'repeat', body: { items: [weiboPost, douyinPost, boardMessage] } },
  // The next minute: the same weibo post found again under another id (another spelling of its URL, higher
  // figures), the board message passed on by a forum account (no URL, a prefix and a hashtag), and a new post.
  {
    name: 'next',
    body: {
      items: [
        {
          ...weiboPost,
          id: 'wb-3301-r',
          url: 'http://www.weibo.example/qingshui/3301?from=timeline#comments',
          spread: { posts: 1, reposts: 95, comments: 20, views: 8800 },
        },
        {
          ...boardMessage,
          id: 'lt-9902',
          platform: 'FORUM',
          text: `转发：${boardMessage.text.replace(/。$/, '！')} #河口村#`,
        },
        {
          id: 'wb-3350',
          url: 'https://weibo.example/qingshui/3350',
          platform: 'WEIBO',
          author: '城关镇居民',
          title: '城关镇公交线路调整引不满',
          text: '城关镇12路公交突然改线，老城区居民去医院要换乘两次，希望恢复原线路。',
          publishedAt: hourAgo,
          spread: { posts: 1, reposts: 5, comments: 9, views: 900 },
        },
      ],
    },
  },
  // A bug on its side: a batch with a good item and bad fields; the platform is to refuse the whole batch.
  {
    name: 'malformed',
    body: {
      items: [
        { ...douyinPost, id: 'dy-8000', url: 'https://douyin.example/video/8000', title: '不应入库的好线索' },
        { ...weiboPost, id: 'wb-bad', url: 'weibo 3302', publishedAt: '昨天晚上', spread: { views: -1 } },
        { ...douyinPost, id: 'dy-bad', url: 'https://douyin.example/video/8001', text: '   ' },
      ],
    },
  },
];

for (const { name, body } of batches) {
  const res = await fetch(`${base}/intake/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-key': key },
    body: JSON.stringify(body),
  });
  process.stdout.write(`${JSON.stringify({ batch: name, status: res.status, body: await res.json() })}\n`);
}
