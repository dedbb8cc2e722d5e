import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Platform } from '@app/incidents';

@ObjectType('SpreadReading', { description: '某一时刻读到的传播数据 / Spread figures as read at one moment' })
export class SpreadReadingType {
  @Field(() => Int, { description: '转发 / Reposts' })
  reposts!: number;

  @Field(() => Int, { description: '评论 / Comments' })
  comments!: number;

  @Field(() => Int, { description: '浏览 / Views' })
  views!: number;

  @Field()
  readAt!: Date;
}

@ObjectType('CapturedPost', { description: '留存为证据的帖文 / A post captured as evidence' })
export class CapturedPostType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field()
  url!: string;

  @Field(() => Platform)
  platform!: Platform;

  @Field({ description: '发帖人 / Author' })
  author!: string;

  @Field({ description: '照录的帖文内容 / The text as seen' })
  textAsSeen!: string;

  @Field({ description: '留存时间 / When it was captured' })
  capturedAt!: Date;

  @Field(() => ID, { description: '原帖截图（附件）/ The screenshot (an attachment)' })
  screenshotAttachmentId!: string;

  @Field({ description: '截图的 SHA-256 / SHA-256 of the screenshot' })
  screenshotSha256!: string;

  @Field({ description: '留存人 / Who captured it' })
  capturedByName!: string;

  @Field(() => [SpreadReadingType], { description: '传播数据读数，按时间 / Spread readings, in time order' })
  readings!: SpreadReadingType[];
}

@InputType({ description: '留存帖文为证据 / Capture a post as evidence' })
export class CapturePostInput {
  @Field(() => ID)
  incidentId!: string;

  @Field()
  url!: string;

  @Field(() => Platform)
  platform!: Platform;

  @Field()
  author!: string;

  @Field()
  textAsSeen!: string;

  @Field()
  capturedAt!: Date;

  @Field(() => ID, { description: '已附加到本事件的原帖截图 / A 原帖截图 attached to the incident' })
  screenshotAttachmentId!: string;
}

@InputType({ description: '记录帖文传播数据 / Add a spread reading' })
export class RecordPostSpreadInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => Int)
  reposts!: number;

  @Field(() => Int)
  comments!: number;

  @Field(() => Int)
  views!: number;

  @Field()
  readAt!: Date;
}
