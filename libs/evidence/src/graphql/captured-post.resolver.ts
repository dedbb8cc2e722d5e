import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { Platform } from '@app/incidents';
import { CommandContext } from '@app/kernel';
import { CapturePostCommand } from '../commands/capture-post/capture-post.command';
import { RecordPostSpreadCommand } from '../commands/record-post-spread/record-post-spread.command';
import { CapturedPostView } from '../projections/captured-post-view.entity';
import { CapturedPostReader } from '../queries/captured-post-reader';
import { CapturedPostType, CapturePostInput, RecordPostSpreadInput } from './captured-post.types';

const toType = (v: CapturedPostView): CapturedPostType => ({
  id: v.postId,
  incidentId: v.incidentId,
  url: v.url,
  platform: v.platform as Platform,
  author: v.author,
  textAsSeen: v.textAsSeen,
  capturedAt: v.capturedAt,
  screenshotAttachmentId: v.screenshotAttachmentId,
  screenshotSha256: v.screenshotSha256,
  capturedByName: v.capturedByName,
  readings: v.readings.map((r) => ({ ...r, readAt: new Date(r.readAt) })),
});

/** Posts captured as evidence and their spread readings. Parse, delegate, map. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class CapturedPostResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly posts: CapturedPostReader,
  ) {}

  @Query(() => [CapturedPostType], { description: '事件留存的帖文 / Posts captured on an incident' })
  async capturedPosts(
    @CurrentPrincipal() p: Principal,
    @Args('incidentId', { type: () => ID }) incidentId: string,
  ): Promise<CapturedPostType[]> {
    return (await this.posts.ofIncident(p, incidentId)).map(toType);
  }

  @Mutation(() => CapturedPostType, { description: '留存帖文为证据 / Capture a post as evidence' })
  async capturePost(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: CapturePostInput,
  ): Promise<CapturedPostType> {
    const { postId } = await this.commands.execute(new CapturePostCommand(p, input, ctx));
    return toType(await this.posts.one(p, postId));
  }

  @Mutation(() => CapturedPostType, {
    description: '记录帖文传播数据（转发/评论/浏览）/ Add a spread reading',
  })
  async recordPostSpread(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: RecordPostSpreadInput,
  ): Promise<CapturedPostType> {
    await this.commands.execute(new RecordPostSpreadCommand(p, input, ctx));
    return toType(await this.posts.one(p, input.postId));
  }
}
