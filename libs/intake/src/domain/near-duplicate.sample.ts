/**
 * A small sample of Chinese posts for judging near-duplicate detection (issue 23; ADR 0023), invented for the demo
 * county: each group is one post as several monitors pass it on (reposted with a prefix, trimmed, punctuation
 * changed, a hashtag or a few words added); posts of different groups share places and topics but are different
 * events — the hard cases.
 */
export const NEAR_DUPLICATE_GROUPS: string[][] = [
  [
    '东湖镇征地补偿款拖欠半年未发放，村民多次到镇政府反映无果，希望上级部门关注。',
    '转发：东湖镇征地补偿款拖欠半年未发放，村民多次到镇政府反映无果，希望上级部门关注！',
    '东湖镇征地补偿款拖欠半年未发放 村民多次到镇政府反映无果 希望上级部门关注 #清水县#',
  ],
  [
    '西山镇垃圾填埋场附近夜间臭味明显，周边居民无法开窗，已持续一周。',
    '【扩散】西山镇垃圾填埋场附近夜间臭味明显，周边居民无法开窗，已经持续一周了。',
    '西山镇垃圾填埋场附近夜间臭味明显，周边居民无法开窗，已持续一周，有关部门管不管？',
  ],
  [
    '清水县第二中学食堂饭菜发现异物，多名学生家长在群里讨论，要求学校给个说法。',
    '清水县第二中学食堂饭菜里发现异物，多名学生家长在群内讨论，要求学校给说法。',
    '网传：清水县第二中学食堂饭菜发现异物，多名学生家长在群里讨论，要求学校给个说法。',
  ],
  [
    '北城街道某小区电梯频繁故障，物业拖延维修，老人上下楼困难。',
    '北城街道某小区电梯频繁故障，物业一直拖延维修，小区老人上下楼十分困难。',
  ],
  [
    '网传南坪乡上坪村发生山体滑坡致多人被困，消息未经证实。',
    '南坪乡上坪村发生山体滑坡，致多人被困？网传消息未经证实。',
    '网传南坪乡上坪村发生山体滑坡致多人被困，消息尚未经官方证实',
  ],
  [
    '县人民医院挂号系统瘫痪，患者排长队等候两小时，无人解释原因。',
    '县人民医院挂号系统瘫痪了，患者排长队等候两个小时，现场无人解释原因。',
  ],
  [
    '柳营村自来水发黄有异味，村民担心饮水安全，请求检测水质。',
    '柳营村自来水发黄、有异味，村民担心饮水安全，请求相关部门检测水质。',
    '转：柳营村自来水发黄有异味，村民担心饮水安全，请求检测水质',
  ],
  [
    '清水县某企业拖欠农民工工资近十万元，工人聚集讨薪。',
    '清水县某企业拖欠农民工工资近十万元，数十名工人聚集讨薪，现场视频。',
  ],
  // The hard negatives: the same places and topics, different events.
  ['东湖镇今年征地补偿款已全部发放到位，镇政府公示了发放名单。'],
  ['西山镇垃圾填埋场扩建项目环评公示，征求周边居民意见。'],
  ['清水县第二中学举行秋季运动会，学生家长到场观看。'],
  ['南坪乡上坪村开展地质灾害应急演练，转移群众二百余人。'],
  ['县人民医院开通网上预约挂号，患者可在手机上选择就诊时段。'],
  ['柳营村新建自来水管网完工，村民喝上放心水。'],
  ['清水县开展农民工工资支付专项检查，督促企业按时足额发放。'],
  ['北城街道老旧小区加装电梯工程启动，首批十部电梯开工。'],
];

/**
 * Harder (added for the segmenter comparison, scripts/bench/near-duplicate-compare.ts): each group is one event told
 * twice or three times in other words — what two monitors' summaries of one post, or two people's posts about one
 * incident, look like. Different events from every group above and below. Character bigrams are not expected to
 * join these (near-duplicate.spec.ts says which they miss); they are here to measure what a segmenter would add.
 */
export const NEAR_DUPLICATE_PARAPHRASES: string[][] = [
  [
    '河口村通往镇上的石桥昨晚被洪水冲垮，村里几百口人出行只能绕远路。',
    '昨夜大水把河口村去镇里的那座石桥冲断了，全村人现在出门要绕一大圈。',
    '河口村石桥被洪水冲毁，村民出行困难，希望尽快修复。',
  ],
  [
    '城关镇一辆接送学生的校车在桥头路口与货车相撞，车上有学生受伤，已送医院。',
    '桥头路口发生车祸，城关镇校车被货车撞了，听说有几个孩子受了伤被送去医院。',
  ],
  [
    '青石乡养猪场把粪水直接排进小河，河水发黑发臭，下游村民浇地都不敢用。',
    '青石乡有个养猪场偷排污水，小河都变成黑色了，臭得不行，下游种地的村民很头疼。',
  ],
  [
    '新华社区幼儿园突然宣布停办，已交的学费不退，几十位家长堵在门口要说法。',
    '新华社区那家幼儿园说关就关，家长交的一学期学费都不肯退，今天一早家长们围在园门口讨说法。',
  ],
  [
    '有人在群里说白沙村水库大坝裂了，随时会垮，让下游的人赶紧转移。',
    '白沙村水库大坝出现裂缝可能决堤的消息在多个微信群疯传，下游群众很恐慌。',
  ],
  [
    '县中医院一名产妇分娩后死亡，家属质疑医院抢救不及时，在医院门口拉横幅。',
    '产妇在县中医院生完孩子后去世，家属认为是医院耽误了抢救，拉起横幅讨说法。',
  ],
];

/**
 * Different events that share most of their words with a post above (another facility, another school, last year's
 * flood, another patient): the false pairs a looser threshold or a coarser unit would make.
 */
export const NEAR_DUPLICATE_LOOKALIKES: string[] = [
  '西山镇污水处理厂附近夜间臭味明显，周边居民无法开窗，已持续三天。',
  '清水县第一中学食堂饭菜发现异物，多名学生家长在群里讨论，要求学校给个说法。',
  '河口村通往镇上的石桥去年被洪水冲垮，至今没有修复，村民出行只能绕远路。',
  '城关镇一辆货车在桥头路口侧翻，车上货物散落一地，无人受伤。',
  '青石乡养鸡场被指噪音扰民，周边村民夜里睡不着觉。',
  '县中医院一名患者手术后死亡，家属质疑医生操作不当，医院称正在调查。',
];
