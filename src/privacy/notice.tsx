import type { PageContext } from '../web/context.js';
import { Layout } from '../web/layout.js';

/**
 * The privacy notice: what this website does with personal information, feature by feature, in
 * words a worried patient can follow. The figures come from the running configuration, so the
 * page says what the system does, not what a template promised. It covers this website only.
 */
export interface NoticeFacts {
  questionContactDays: number;
  otpMinutes: number;
  dataSessionMinutes: number;
}

interface Section {
  id: string;
  title: string;
  paragraphs: string[];
}

type Texts = { title: string; intro: string; sections: Section[]; rightsLink: string; updated: string };

function zh(ctx: PageContext, f: NoticeFacts): Texts {
  const { site } = ctx;
  return {
    title: '隐私说明',
    intro: `本说明介绍${site.name}网站（以下简称“本站”）在哪些功能中处理您的个人信息、为什么处理、保存多久，以及您怎样查阅、下载和删除这些信息。它只涉及本网站；您到院就诊时的病历由医院另行管理。`,
    sections: [
      { id: 'who', title: '谁在处理您的信息', paragraphs: [`${site.name}，地址：${site.address}，电话：${site.phone}。与个人信息有关的问题，请致电或到院咨询，也可以在“我的个人信息”页面自助处理。`] },
      {
        id: 'reading',
        title: '阅读文章和搜索',
        paragraphs: [
          '阅读文章、查找医生和搜索都不需要登录，也不需要提供任何个人信息。本站不使用统计、广告或其他第三方的 Cookie 和脚本。',
          '文章阅读次数只按“哪篇文章、哪一天”累计一个数字，不记录读者是谁。本站程序的访问日志只记录访问的页面地址（私密链接中的凭证会被替换掉）、结果和耗时，不记录 IP 地址。',
        ],
      },
      {
        id: 'booking',
        title: '在线预约',
        paragraphs: [
          '预约时我们收集姓名、手机号码、就诊原因和就诊前筛查问题的回答，用于安排就诊、发送预约确认和就诊提醒。就诊原因和筛查回答属于健康信息（敏感个人信息），提交预约时会单独征得您的同意。',
          '姓名、手机号码和健康信息在数据库中加密保存。预约信息会一直保留，直到您申请删除；删除后只留下一条不含个人信息的号源占用记录，用于门诊统计。',
        ],
      },
      {
        id: 'questions',
        title: '向医生提问',
        paragraphs: [
          `提问时我们收集问题内容，以及您自愿填写的年龄段、性别和联系方式。问题内容加密保存，只有负责分诊和回答的工作人员可以查看，每次查看都记入操作日志。联系方式只用于通知您回答已经就绪，在回答后 ${f.questionContactDays} 天删除。为防止滥发，我们还保存由您的网络地址计算出的密钥散列值（不能还原成地址），用于限制提问频率和识别重复提交。`,
          '只有在您另外勾选同意公开时，编辑才会在去除可识别信息后把问答作为公开内容发布；您可以随时撤回这项同意，公开页面随即下线。',
        ],
      },
      { id: 'feedback', title: '就诊反馈', paragraphs: ['就诊后的评分和评论与您的预约（或工作人员给您的反馈码）关联保存。评论经工作人员审核后才会显示，显示时不带姓名，只显示月份。'] },
      {
        id: 'messages',
        title: '短信和电子邮件',
        paragraphs: ['短信通过短信服务商发送，服务商会收到手机号码和短信内容；电子邮件通过邮件服务器发送。通知只包含必要的预约信息或查看回答的私密链接，不包含您的问题内容或筛查回答。'],
      },
      {
        id: 'cookies',
        title: 'Cookie',
        paragraphs: [
          `本站只使用运行所必需的 Cookie：防止表单被他人冒用的校验 Cookie；“我的个人信息”页面验证后的会话 Cookie，${f.dataSessionMinutes} 分钟后失效；以及工作人员的登录会话。`,
        ],
      },
      {
        id: 'rights',
        title: '您的权利',
        paragraphs: [
          `您可以查阅和下载本站保存的您的信息，撤回您给出的同意，或申请删除。为确认是您本人，我们会向您的手机发送验证码，${f.otpMinutes} 分钟内有效；用过或过期的验证码和会话在次日夜间删除。在这些页面上的操作（下载、撤回同意、申请删除）会连同网络地址和浏览器信息记入操作日志，用于安全审计，不记录手机号码。信息有误需要更正时，请致电 ${site.phone}。`,
          '不满十四周岁的未成年人，请由父母或其他监护人代为预约或提问。',
        ],
      },
    ],
    rightsLink: '查阅、下载或删除我的个人信息',
    updated: '本说明随网站功能更新；其中的保存期限与网站当前的设置一致。',
  };
}

function en(ctx: PageContext, f: NoticeFacts): Texts {
  const { site } = ctx;
  return {
    title: 'Privacy notice',
    intro: `This notice explains where the ${site.name} website ("this site") handles personal information, why, for how long, and how you can see, download and delete it. It covers this website only; your medical records from a visit are kept separately by the hospital.`,
    sections: [
      { id: 'who', title: 'Who handles your information', paragraphs: [`${site.name}, ${site.address}, telephone ${site.phone}. For questions about personal information, call or ask at the hospital, or use the "my data" pages yourself.`] },
      {
        id: 'reading',
        title: 'Reading and searching',
        paragraphs: [
          'Reading articles, finding a doctor and searching need no account and no personal information. This site uses no analytics, advertising or other third-party cookies or scripts.',
          "Article views are counted as one number per article and day, without recording who read it. The site's request log records the page address (with the secret part of private links replaced), the result and the time taken; it does not record IP addresses.",
        ],
      },
      {
        id: 'booking',
        title: 'Booking online',
        paragraphs: [
          'To book we collect your name, mobile number, the reason for the visit and your answers to the screening questions, to arrange the visit and send a confirmation and a reminder. The reason and the screening answers are health information (sensitive personal information); we ask for your separate consent when you book.',
          'Names, mobile numbers and health information are stored encrypted. A booking is kept until you ask for it to be deleted; after that only an anonymous record that a place was taken remains, for clinic statistics.',
        ],
      },
      {
        id: 'questions',
        title: 'Questions to a doctor',
        paragraphs: [
          `When you ask a question we collect the question and, if you give them, your age range, sex and a contact. The question is stored encrypted; only the staff who sort and answer questions can read it, and every reading is logged. The contact is used only to tell you the answer is ready and is deleted ${f.questionContactDays} days after the answer. Against abuse we also keep a keyed hash of your network address (it cannot be turned back into the address), to limit how often questions are sent and to spot repeats.`,
          'Only if you separately agree to publication may an editor publish the question and answer, with anything that could identify you removed. You can withdraw that consent at any time and the public page is taken down.',
        ],
      },
      { id: 'feedback', title: 'Feedback on a visit', paragraphs: ['Ratings and comments after a visit are stored with your booking (or the feedback code staff gave you). Comments are shown only after staff have reviewed them, without a name and with the month only.'] },
      {
        id: 'messages',
        title: 'Text messages and e-mail',
        paragraphs: ['Text messages are sent through an SMS provider, which receives the mobile number and the message; e-mail goes through a mail server. Notices carry only what the booking needs or a private link to the answer, never your question or screening answers.'],
      },
      {
        id: 'cookies',
        title: 'Cookies',
        paragraphs: [
          `This site uses only the cookies it needs to work: one that stops others from submitting forms in your name; the session of the "my data" pages after you prove your number, which ends after ${f.dataSessionMinutes} minutes; and staff sign-in sessions.`,
        ],
      },
      {
        id: 'rights',
        title: 'Your rights',
        paragraphs: [
          `You can see and download what this site holds about you, withdraw a consent you gave, or ask for deletion. To make sure it is you, we text a code to your mobile, valid for ${f.otpMinutes} minutes; used and expired codes and sessions are deleted the following night. What you do on those pages (download, withdraw, ask for deletion) is logged with your network address and browser for security, without your number. To correct something, call ${site.phone}.`,
          'Children under 14 should have a parent or guardian book or ask for them.',
        ],
      },
    ],
    rightsLink: 'See, download or delete my personal information',
    updated: "This notice follows the site's features; the periods in it are the site's current settings.",
  };
}


export function NoticePage({ ctx, facts }: { ctx: PageContext; facts: NoticeFacts }) {
  const x = ctx.locale === 'en' ? en(ctx, facts) : zh(ctx, facts);
  return (
    <Layout ctx={ctx} title={x.title} description={x.intro.slice(0, 110)} crumbs={[{ name: x.title }]}>
      <h1>{x.title}</h1>
      <p class="lead">{x.intro}</p>
      <nav aria-label={x.title} class="outline">
        <ol>
          {x.sections.map((s) => (
            <li>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {x.sections.map((s) => (
        <section aria-labelledby={s.id}>
          <h2 id={s.id}>{s.title}</h2>
          {s.paragraphs.map((p) => (
            <p>{p}</p>
          ))}
          {s.id === 'rights' ? (
            <p>
              <a href={`${ctx.prefix}/my-data`}>{x.rightsLink}</a>
            </p>
          ) : null}
        </section>
      ))}
      <p class="hint">{x.updated}</p>
    </Layout>
  );
}
