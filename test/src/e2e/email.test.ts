import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { postInboundMail, seedDemoData, startMailbox, type Mailbox } from '@shouhou/deploy';
import { eventually } from '../support/wait';
import { query } from '../support/platform';

const KEY = 'test-mail-webhook-key';
let stack: TestStack;
let mailbox: Mailbox;
const tokens: Record<string, string> = {};
const gql = async (user: string, q: string, variables?: Record<string, unknown>) =>
  graphql(stack.gatewayUrl, q, variables, (tokens[user] ??= await passwordToken(stack.idp.issuer, user)));

/** A mail as Mailgun's route posts it, signed like Mailgun signs it. */
const providerPost = (fields: Record<string, unknown>, key = KEY) => postInboundMail(stack.gatewayUrl, fields, key);

const REQUEST = `query($id: ID!) { serviceRequest(id: $id) { number channel customerName customerEmail status problemDescription
  messages { direction from to subject text attachments { filename contentType size } } timeline { action note } } }`;

beforeAll(async () => {
  mailbox = await startMailbox();
  stack = await startTestStack(inject('adminDatabaseUrl'), { SMTP_URL: mailbox.url, EMAIL_WEBHOOK_SIGNING_KEY: KEY, PUBLIC_BASE_URL: 'https://service.example.test' });
  await seedDemoData(stack.tooling, () => undefined);
});
afterAll(async () => {
  await stack?.stop();
  await mailbox?.stop();
});

describe('e-mail channel', () => {
  let requestId: string;
  let number: string;

  it('opens a request from a first mail and answers the customer with the number and a tracking link', async () => {
    const res = await providerPost({
      from: '赵云 <ZhaoYun@Example.test>',
      subject: '空调漏水',
      'body-plain': '客厅空调 KFR-35GW 室内机滴水，麻烦尽快上门。',
      'Message-Id': '<first-1@example.test>',
      attachments: JSON.stringify([{ filename: 'leak.jpg', 'content-type': 'image/jpeg', size: 48213 }]),
    });
    expect(res.status).toBe(200);
    const receipt = await res.json();
    expect(receipt).toMatchObject({ threaded: false, duplicate: false, number: expect.stringMatching(/^SR-\d{8}-\d{4}$/) });
    ({ requestId, number } = receipt);
    const request = (await gql('agent@acme.test', REQUEST, { id: requestId })).data.serviceRequest;
    expect(request).toMatchObject({ channel: 'EMAIL', customerName: '赵云', customerEmail: 'zhaoyun@example.test', status: 'NEW' });
    expect(request.problemDescription).toContain('室内机滴水');
    expect(request.messages[0]).toMatchObject({ direction: 'IN', from: 'zhaoyun@example.test', attachments: [{ filename: 'leak.jpg', contentType: 'image/jpeg', size: 48213 }] });

    const ack = (await eventually(async () => mailbox.mails.filter((m) => m.subject?.includes(number)), (m) => m.length > 0))[0];
    expect(ack.subject).toBe(`[${number}] 我们已收到您的服务请求`);
    expect(ack.to && 'text' in ack.to ? ack.to.text : '').toBe('zhaoyun@example.test');
    expect(ack.from?.value[0].address).toBe('acme@mail.shouhou.test');
    expect(ack.inReplyTo).toBe('<first-1@example.test>');
    expect(ack.text).toMatch(/https:\/\/service\.example\.test\/t\/[\w-]+\.[\w-]+/);
    const sent = (await gql('agent@acme.test', REQUEST, { id: requestId })).data.serviceRequest;
    expect(sent.messages.map((m: { direction: string }) => m.direction)).toEqual(['IN', 'OUT']);
    expect(sent.timeline.map((s: { action: string }) => s.action)).toEqual(['CREATED', 'EMAIL_SENT']);
  });

  it('lands a reply on the same request, by its threading headers', async () => {
    const ack = mailbox.mails.find((m) => m.subject?.includes(number))!;
    const res = await providerPost({
      from: 'zhaoyun@example.test',
      subject: `Re: ${ack.subject}`,
      'body-plain': '补充：购买日期是上个月 3 号。',
      'message-headers': JSON.stringify([['Message-Id', '<reply-1@example.test>'], ['In-Reply-To', ack.messageId], ['References', `<first-1@example.test> ${ack.messageId}`]]),
    });
    expect(await res.json()).toEqual({ requestId, number, threaded: true, duplicate: false });
    const request = (await gql('agent@acme.test', REQUEST, { id: requestId })).data.serviceRequest;
    expect(request.messages.map((m: { direction: string }) => m.direction)).toEqual(['IN', 'OUT', 'IN']);
    expect(request.timeline.at(-1)).toEqual({ action: 'EMAIL_RECEIVED', note: `Re: ${ack.subject}` });
  });

  it('takes a long mail with a form feed in it, as a provider delivers it', async () => {
    // 100 k characters of body: past the ordinary string bound, within the mail's own.
    const body = `洗衣机不排水。\f${'详细情况如下，'.repeat(14_000)}`;
    const res = await providerPost({ from: 'longmail@example.test', subject: '长邮件', 'body-plain': body, 'Message-Id': '<long-1@example.test>' });
    expect(res.status).toBe(200);
    const receipt = await res.json();
    const request = (await gql('agent@acme.test', REQUEST, { id: receipt.requestId })).data.serviceRequest;
    expect(request.problemDescription).toContain('洗衣机不排水');
  });

  it('records a provider’s retry of the same mail once', async () => {
    const again = await providerPost({ from: 'zhaoyun@example.test', subject: '空调漏水', 'body-plain': 'x', 'Message-Id': '<reply-1@example.test>' });
    expect(await again.json()).toMatchObject({ requestId, duplicate: true });
    const request = (await gql('agent@acme.test', REQUEST, { id: requestId })).data.serviceRequest;
    expect(request.messages).toHaveLength(3);
  });

  it('threads by the number in the subject only for the request’s own customer', async () => {
    const own = await (await providerPost({ from: 'zhaoyun@example.test', subject: `关于 ${number}`, text: '师傅几点到？', 'Message-Id': '<own-2@example.test>' })).json();
    expect(own).toMatchObject({ requestId, threaded: true });
    const stranger = await (await providerPost({ from: 'mallory@evil.test', subject: `Re: [${number}]`, text: '改地址', 'Message-Id': '<evil-1@evil.test>' })).json();
    expect(stranger.threaded).toBe(false);
    expect(stranger.requestId).not.toBe(requestId);
  });

  it('mails the customer when the request is acknowledged', async () => {
    await gql('agent@acme.test', `mutation($id: ID!) { transitionServiceRequest(id: $id, action: ACKNOWLEDGE) { status } }`, { id: requestId });
    const notice = await eventually(async () => mailbox.mails.find((m) => m.subject === `[${number}] 客服已受理您的服务请求`), Boolean);
    expect(notice!.text).toContain(number);
  });

  it('mails the customer the windows offered for the visit, then the time agreed and who is coming', async () => {
    await eventually(async () => (await gql('dispatcher@acme.test', `{ dispatchQueue(first: 100) { edges { node { serviceRequestId } } } }`)).data.dispatchQueue.edges, (edges: { node: { serviceRequestId: string } }[]) =>
      edges.some((e) => e.node.serviceRequestId === requestId));
    const order = (await gql('dispatcher@acme.test', `mutation($input: AssessInput!) { assessWorkOrder(input: $input) { id } }`, {
      input: { serviceRequestId: requestId, visitType: 'ON_SITE', complexity: 'SIMPLE', skill: '家用电器' },
    })).data.assessWorkOrder;
    // 10:00–12:00 and 14:00–16:00 in Shanghai, the day after tomorrow.
    const day = new Date(Date.now() + 2 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const slots = [10, 14].map((h) => ({ start: new Date(`${day}T${h}:00:00+08:00`).toISOString(), end: new Date(`${day}T${h + 2}:00:00+08:00`).toISOString() }));
    const SET = `mutation($id: ID!, $mode: String!, $slots: [SlotInput!]!) { setAppointment(workOrderId: $id, mode: $mode, slots: $slots) { id } }`;
    expect((await gql('dispatcher@acme.test', SET, { id: order.id, mode: 'PROPOSE', slots })).errors).toBeUndefined();
    const offer = await eventually(async () => mailbox.mails.find((m) => m.subject === `[${number}] 请选择上门服务时间`), Boolean);
    expect(offer!.text).toContain('10:00–12:00');
    expect(offer!.text).toContain('14:00–16:00');
    expect(offer!.text).toMatch(/请点击链接选择：https:\/\/service\.example\.test\/t\//);

    const li = (await gql('dispatcher@acme.test', `{ technicians { id name } }`)).data.technicians.find((t: { name: string }) => t.name === '李师傅');
    const { version } = (await gql('dispatcher@acme.test', `query($id: ID!) { workOrder(id: $id) { version } }`, { id: order.id })).data.workOrder;
    expect((await gql('dispatcher@acme.test', `mutation($id: ID!, $v: Int!, $t: ID) { assignWorkOrder(workOrderId: $id, version: $v, technicianId: $t, reason: "客户指定") { id } }`, { id: order.id, v: version, t: li.id })).errors).toBeUndefined();
    expect((await gql('dispatcher@acme.test', SET, { id: order.id, mode: 'CONFIRM', slots: [slots[1]] })).errors).toBeUndefined();
    const booked = await eventually(async () => mailbox.mails.find((m) => m.subject === `[${number}] 上门服务时间已确定`), Boolean);
    expect(booked!.text).toContain('14:00–16:00，技术员 李师傅');
    // Once each, however the events are delivered.
    expect(mailbox.mails.filter((m) => m.subject === `[${number}] 请选择上门服务时间`)).toHaveLength(1);
  });

  it('refuses forged, misaddressed and unreadable mails and records nothing', async () => {
    const [{ n: before }] = await query(stack.databaseUrl, `select count(*)::int as n from intake.request_message`);
    expect((await providerPost({ from: 'a@b.test', subject: 'x', 'Message-Id': '<f-1@b.test>' }, 'wrong-key')).status).toBe(401);
    expect((await providerPost({ from: 'a@b.test', subject: 'x', 'Message-Id': '<f-2@b.test>', recipient: 'nobody@mail.shouhou.test' })).status).toBe(406);
    expect((await providerPost({ from: 'a@b.test', subject: 'x', 'Message-Id': '<f-3@b.test>', recipient: 'acme@elsewhere.test' })).status).toBe(406);
    const noId = await providerPost({ from: 'a@b.test', subject: 'x' });
    expect(noId.status).toBe(400);
    const badFrom = await providerPost({ from: 'not an address', subject: 'x', 'Message-Id': '<f-4@b.test>' });
    expect(badFrom.status).toBe(400);
    expect((await badFrom.json()).issues[0].field).toBe('input.from.address');
    const stale = await providerPost({ from: 'a@b.test', 'Message-Id': '<f-5@b.test>', timestamp: '1000', token: 't', signature: createHmac('sha256', KEY).update('1000t').digest('hex') });
    expect(stale.status).toBe(401);
    const [{ n: after }] = await query(stack.databaseUrl, `select count(*)::int as n from intake.request_message`);
    expect(after).toBe(before);
  });

  it('keeps one company’s mails from another', async () => {
    expect((await gql('agent@globex.test', REQUEST, { id: requestId })).data.serviceRequest).toBeNull();
  });
});
