import { demoUnitId } from '@app/demo';
import { login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { popconfirm } from './support/antd';
import { Browser, launch, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 发文 where the record is shown (issue 21): the centre issues the 联席会议纪要 from a conference on the incident's
 * 联动 card, and the centre's leader the 考核通报 of a month that is over from 统计与考核.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uipapers3');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('issues the 联席会议纪要 from a conference on the incident page', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const incidentId = await listedIncident(api.graphql, handler, {
    title: '东湖镇中学食堂网帖',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  ok(
    await mutate(
      api.graphql,
      handler,
      'activateLinkage',
      { incidentId, memberUnitIds: [demoUnitId('donghu')], byDecision: true, reason: '经研究启动联动' },
      'id',
    ),
  );
  ok(
    await mutate(
      api.graphql,
      handler,
      'recordJointConference',
      {
        incidentId,
        heldAt: new Date().toISOString(),
        participants: ['东湖镇 李娜'],
        participantUnitIds: [demoUnitId('donghu')],
        decisions: ['东湖镇当日核实并说明'],
        followUpTasks: [],
      },
      'id',
    ),
  );
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'wujing');
  await page.goto(`${api.base}/incidents/${incidentId}`);
  const conference = page.getByTestId('conference');
  await conference.getByTestId('issue-document').click();
  const confirm = await popconfirm(page);
  await confirm.getByRole('button', { name: /发\s*文/ }).click();
  await conference
    .getByTestId('record-document')
    .getByText(/纪要〔\d{4}〕\d+号/)
    .waitFor();
  expect(errors).toEqual([]);
});

it('issues the 考核通报 of a month that is over from 统计与考核', async () => {
  const centre = (await login(api.graphql, 'wujing')).token;
  const township = (await login(api.graphql, 'lina')).token;
  const incidentId = await listedIncident(api.graphql, centre, {
    title: '东湖镇征地补偿网帖',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  const task = ok(
    await mutate<{ id: string }>(
      api.graphql,
      centre,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并反馈' },
      'id',
    ),
  ).dispatchTask;
  ok(await mutate(api.graphql, township, 'signTask', { taskId: task.id }, 'id'));
  ok(
    await mutate(
      api.graphql,
      township,
      'handInTask',
      { taskId: task.id, factsFound: '已核实', measures: '约谈', result: '已答复' },
      'id',
    ),
  );
  // The platform's clock forty days on: the month the page opens on (the browser's) is over for the API.
  api.clock.offsetMs = 40 * 86_400_000;
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhenghua');
  await page.getByTestId('main-menu').getByText('统计与考核').click();
  const bar = page.getByTestId('assessment-page');
  await bar.getByTestId('issue-document').click();
  const confirm = await popconfirm(page);
  await confirm.getByRole('button', { name: /发\s*文/ }).click();
  await bar
    .getByTestId('record-document')
    .getByText(/考核〔\d{4}〕\d+号/)
    .waitFor();
  expect(errors).toEqual([]);
});
