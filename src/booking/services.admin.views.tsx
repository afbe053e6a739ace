import { Csrf } from '../staff/staff.layout.js';
import type { ScreeningQuestionRow, ServiceRow } from './booking.tables.js';
import { parseOptions } from './screening.js';
import { MAX_CHOICES } from './services.service.js';

// Back-office views of services and their screening questions (Chinese, like the rest of the back office).

export const SERVICE_FLASH: Record<string, string> = {
  serviceSaved: '服务已保存。',
  serviceCreated: '服务已创建。现在可以添加治疗前安全问题。',
  serviceRetired: '服务已停用：不再接受新的预约，已有的预约和号源照常显示。',
  serviceRestored: '服务已恢复使用。',
  questionSaved: '问题已保存。已有预约保留患者当时看到的问题和回答。',
  questionAdded: '问题已添加。',
  questionRetired: '问题已停用：新的预约不再询问，已有预约照常显示当时的回答。',
  questionRestored: '问题已恢复使用。',
  moved: '顺序已调整。',
};

export function Flash({ code }: { code: unknown }) {
  const text = typeof code === 'string' ? SERVICE_FLASH[code] : undefined;
  return text ? (
    <p class="flash ok" role="status">
      {text}
    </p>
  ) : null;
}

function MoveButtons({ action, label, csrf, first, last }: { action: string; label: string; csrf: string; first: boolean; last: boolean }) {
  return (
    <>
      {!first ? (
        <form method="post" action={action} class="inline-form">
          <Csrf token={csrf} />
          <input type="hidden" name="dir" value="up" />
          <button type="submit" class="button secondary" aria-label={`上移：${label}`}>
            上移
          </button>
        </form>
      ) : null}
      {!last ? (
        <form method="post" action={action} class="inline-form">
          <Csrf token={csrf} />
          <input type="hidden" name="dir" value="down" />
          <button type="submit" class="button secondary" aria-label={`下移：${label}`}>
            下移
          </button>
        </form>
      ) : null}
    </>
  );
}

function Toggle({ action, label, csrf, text }: { action: string; label: string; csrf: string; text: string }) {
  return (
    <form method="post" action={action} class="inline-form">
      <Csrf token={csrf} />
      <button type="submit" class="button secondary" aria-label={`${text}：${label}`}>
        {text}
      </button>
    </form>
  );
}

export function ServiceList({ services, doctors, questions, csrf }: { services: ServiceRow[]; doctors: Map<number, number[]>; questions: Map<number, number>; csrf: string }) {
  const active = services.filter((s) => s.active);
  return (
    <>
      <p>服务项目决定患者预约前要回答的治疗前安全问题，以及哪些医生提供这项服务（患者可改约到提供同一服务的其他医生）。停用的服务不再接受新的预约，已有的预约照常显示。</p>
      <p>
        <a class="button" href="/staff/services/new">
          新增服务
        </a>
      </p>
      <table class="staff-table">
        <caption>服务项目（按显示顺序）</caption>
        <thead>
          <tr>
            <th scope="col">名称</th>
            <th scope="col">代码</th>
            <th scope="col">时长</th>
            <th scope="col">医生</th>
            <th scope="col">安全问题</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => {
            const i = active.indexOf(s);
            return (
              <tr>
                <th scope="row">
                  <a href={`/staff/services/${s.id}`}>{s.name_zh}</a>
                  {s.name_en ? <span class="meta"> {s.name_en}</span> : null}
                </th>
                <td>
                  <code>{s.key}</code>
                </td>
                <td>{s.duration_minutes} 分钟</td>
                <td>{doctors.get(s.id)?.length ?? 0} 位</td>
                <td>{questions.get(s.id) ?? 0} 个</td>
                <td>{s.active ? '在用' : '已停用'}</td>
                <td>
                  {s.active ? <MoveButtons action={`/staff/services/${s.id}/move`} label={s.name_zh} csrf={csrf} first={i === 0} last={i === active.length - 1} /> : null}
                  <Toggle action={`/staff/services/${s.id}/${s.active ? 'retire' : 'restore'}`} label={s.name_zh} csrf={csrf} text={s.active ? '停用' : '恢复'} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

export function ServiceForm({
  service,
  values,
  doctors,
  offered,
  csrf,
}: {
  service?: ServiceRow | undefined;
  values: Record<string, string>;
  doctors: { id: number; name: string; title: string }[];
  offered: Set<number>;
  csrf: string;
}) {
  const v = (k: string, d = '') => values[k] ?? d;
  return (
    <form method="post" action={service ? `/staff/services/${service.id}` : '/staff/services'} class="staff-form narrow" aria-labelledby="service-form-title">
      <h2 id="service-form-title">{service ? '服务信息' : '新服务'}</h2>
      <Csrf token={csrf} />
      {service ? (
        <p class="hint">
          代码：<code>{service.key}</code>（号源和预约用它指向这项服务，创建后不能修改）
        </p>
      ) : (
        <>
          <label for="s-key">代码</label>
          <p class="help" id="h-key">
            小写字母开头，只用小写字母、数字、“-”和“_”，例如 chemical-peel。创建后不能修改。
          </p>
          <input id="s-key" name="key" type="text" value={v('key')} required maxLength={40} pattern="[a-z][a-z0-9_\-]{1,39}" aria-describedby="h-key" />
        </>
      )}
      <label for="s-name-zh">中文名称</label>
      <input id="s-name-zh" name="name_zh" type="text" value={v('name_zh', service?.name_zh ?? '')} required maxLength={30} />
      <label for="s-name-en">英文名称</label>
      <input id="s-name-en" name="name_en" type="text" value={v('name_en', service?.name_en ?? '')} maxLength={60} lang="en" />
      <label for="s-duration">时长（分钟）</label>
      <input id="s-duration" name="duration_minutes" type="number" min="5" max="480" value={v('duration_minutes', String(service?.duration_minutes ?? 15))} required />
      <label for="s-price">价格说明</label>
      <p class="help" id="h-price">
        例如“治疗费按部位面积另计，就诊时告知”。挂号费在出诊模板里设置。
      </p>
      <input id="s-price" name="price_note" type="text" value={v('price_note', service?.price_note ?? '')} maxLength={100} aria-describedby="h-price" />
      <fieldset>
        <legend>提供这项服务的医生</legend>
        {doctors.map((d) => (
          <div>
            <input type="checkbox" id={`s-doctor-${d.id}`} name="doctor" value={String(d.id)} checked={offered.has(d.id)} />{' '}
            <label for={`s-doctor-${d.id}`}>
              {d.name}（{d.title}）
            </label>
          </div>
        ))}
      </fieldset>
      <div class="button-row">
        <button type="submit">{service ? '保存服务' : '创建服务'}</button>
        <a href="/staff/services">返回服务列表</a>
      </div>
    </form>
  );
}

function refusing(q: ScreeningQuestionRow): string {
  return parseOptions(q.options_json)
    .filter((o) => o.refuses)
    .map((o) => o.zh)
    .join('、');
}

export function QuestionList({ service, questions, csrf }: { service: ServiceRow; questions: ScreeningQuestionRow[]; csrf: string }) {
  const live = questions.filter((q) => !q.retired);
  return (
    <section aria-labelledby="questions-title">
      <h2 id="questions-title">治疗前安全问题</h2>
      <p class="hint">按下面的顺序询问患者。修改或停用问题不会改变已有预约：每个预约都保存了患者当时看到的问题和回答。</p>
      {questions.length ? (
        <table class="staff-table">
          <caption>{service.name_zh}的安全问题</caption>
          <thead>
            <tr>
              <th scope="col">问题</th>
              <th scope="col">类型</th>
              <th scope="col">不能在线预约的回答</th>
              <th scope="col">状态</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => {
              const i = live.indexOf(q);
              return (
                <tr>
                  <th scope="row">
                    <a href={`/staff/services/questions/${q.id}`}>{q.text_zh}</a>
                  </th>
                  <td>{q.kind === 'yesno' ? '是/否' : '选择'}</td>
                  <td>{refusing(q) || '—'}</td>
                  <td>{q.retired ? '已停用' : '在用'}</td>
                  <td>
                    {!q.retired ? <MoveButtons action={`/staff/services/questions/${q.id}/move`} label={q.text_zh} csrf={csrf} first={i === 0} last={i === live.length - 1} /> : null}
                    <Toggle action={`/staff/services/questions/${q.id}/${q.retired ? 'restore' : 'retire'}`} label={q.text_zh} csrf={csrf} text={q.retired ? '恢复' : '停用'} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>这项服务没有安全问题，患者预约时不需要回答。</p>
      )}
    </section>
  );
}

export function QuestionForm({ action, question, values, csrf, title }: { action: string; question?: ScreeningQuestionRow | undefined; values: Record<string, string>; csrf: string; title: string }) {
  const options = question ? parseOptions(question.options_json) : [];
  const v = (k: string, d = '') => values[k] ?? d;
  const has = (k: string, d: boolean) => (k in values ? values[k] === '1' : d);
  const kind = v('kind', question?.kind ?? 'yesno');
  const yes = options.find((o) => o.value === 'yes');
  const no = options.find((o) => o.value === 'no');
  const choices = question?.kind === 'choice' ? options : [];
  const submitted = Object.keys(values).length > 0;
  return (
    <form method="post" action={action} class="staff-form narrow" aria-labelledby="question-form-title">
      <h2 id="question-form-title">{title}</h2>
      <Csrf token={csrf} />
      <label for="q-text-zh">问题（中文）</label>
      <p class="help" id="h-text">
        简短、平实、友善，例如“您现在是否怀孕、可能怀孕，或正在哺乳？”
      </p>
      <input id="q-text-zh" name="text_zh" type="text" value={v('text_zh', question?.text_zh ?? '')} required maxLength={200} aria-describedby="h-text" />
      <label for="q-text-en">问题（英文）</label>
      <input id="q-text-en" name="text_en" type="text" value={v('text_en', question?.text_en ?? '')} maxLength={300} lang="en" />
      <label for="q-short-zh">不适合时的简称（中文）</label>
      <p class="help" id="h-short">
        患者的回答不能在线预约时，页面说“因为您提到了……”，这里填省略号处的词，例如“金属过敏”。
      </p>
      <input id="q-short-zh" name="short_zh" type="text" value={v('short_zh', question?.short_zh ?? '')} required maxLength={30} aria-describedby="h-short" />
      <label for="q-short-en">不适合时的简称（英文）</label>
      <input id="q-short-en" name="short_en" type="text" value={v('short_en', question?.short_en ?? '')} maxLength={80} lang="en" />
      <label for="q-note-zh">告诉患者的话（中文，可不填）</label>
      <p class="help" id="h-note">
        不能在线预约时额外显示的一句话，例如“哺乳期结束后可以再预约”。
      </p>
      <textarea id="q-note-zh" name="note_zh" rows={2} maxLength={300} aria-describedby="h-note">
        {v('note_zh', question?.note_zh ?? '')}
      </textarea>
      <label for="q-note-en">告诉患者的话（英文）</label>
      <textarea id="q-note-en" name="note_en" rows={2} maxLength={500} lang="en">
        {v('note_en', question?.note_en ?? '')}
      </textarea>
      <fieldset>
        <legend>问题类型</legend>
        <div>
          <input type="radio" id="q-kind-yesno" name="kind" value="yesno" checked={kind === 'yesno'} required /> <label for="q-kind-yesno">是/否</label>
        </div>
        <div>
          <input type="radio" id="q-kind-choice" name="kind" value="choice" checked={kind === 'choice'} /> <label for="q-kind-choice">从几个答案中选择一个</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>是/否问题：哪个回答不能在线预约</legend>
        <div>
          <input type="checkbox" id="q-refuse-yes" name="refuse_yes" value="1" checked={has('refuse_yes', submitted ? false : (yes?.refuses ?? true))} /> <label for="q-refuse-yes">回答“是”</label>
        </div>
        <div>
          <input type="checkbox" id="q-refuse-no" name="refuse_no" value="1" checked={has('refuse_no', submitted ? false : (no?.refuses ?? false))} /> <label for="q-refuse-no">回答“否”</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>选择题：答案（最多 {MAX_CHOICES} 个，不用的留空）</legend>
        {Array.from({ length: MAX_CHOICES }, (_, k) => {
          const i = k + 1;
          const o = choices[k];
          return (
            <div class="choice-row">
              <label for={`q-opt-zh-${i}`}>答案 {i}（中文）</label>
              <input id={`q-opt-zh-${i}`} name={`opt_zh_${i}`} type="text" value={v(`opt_zh_${i}`, o?.zh ?? '')} maxLength={40} />
              <label for={`q-opt-en-${i}`}>答案 {i}（英文）</label>
              <input id={`q-opt-en-${i}`} name={`opt_en_${i}`} type="text" value={v(`opt_en_${i}`, o?.en ?? '')} maxLength={80} lang="en" />
              <div>
                <input type="checkbox" id={`q-opt-refuses-${i}`} name={`opt_refuses_${i}`} value="1" checked={has(`opt_refuses_${i}`, submitted ? false : (o?.refuses ?? false))} />{' '}
                <label for={`q-opt-refuses-${i}`}>选这个答案不能在线预约</label>
              </div>
            </div>
          );
        })}
      </fieldset>
      <div class="button-row">
        <button type="submit">保存问题</button>
      </div>
    </form>
  );
}
