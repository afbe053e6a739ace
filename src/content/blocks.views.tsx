import type { Block, ContraindicationsBlock, FaqBlock, KeyFactsBlock, TipsBlock } from './blocks.js';
import { faqAnchor } from './content.service.js';

// Block text is plain text rendered by preact, which escapes it: blocks never carry HTML.

function KeyFacts({ b }: { b: KeyFactsBlock }) {
  return (
    <section class="block key-facts" aria-labelledby={`b-${b.id}`}>
      <h2 id={`b-${b.id}`}>{b.title}</h2>
      {b.columns.length > 2 ? <p class="scroll-hint">表格较宽，可左右滑动查看</p> : null}
      <div class="table-scroll" role="region" aria-labelledby={`b-${b.id}`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              {b.columns.map((c) => (
                <th scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.rows.map((row) => (
              <tr>
                {row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Tips({ b }: { b: TipsBlock }) {
  return (
    <aside class="block tips" aria-labelledby={`b-${b.id}`}>
      <h2 id={`b-${b.id}`}>{b.title}</h2>
      {b.items.length === 1 ? (
        <p>{b.items[0]}</p>
      ) : (
        <ul>
          {b.items.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}

function Contraindications({ b }: { b: ContraindicationsBlock }) {
  return (
    <section class="block contraindications" aria-labelledby={`b-${b.id}`}>
      <h2 id={`b-${b.id}`}>{b.title}</h2>
      {b.intro ? <p>{b.intro}</p> : null}
      <ul>
        {b.items.map((i) => (
          <li>{i}</li>
        ))}
      </ul>
    </section>
  );
}

function Faq({ b }: { b: FaqBlock }) {
  return (
    <section class="block faq" aria-labelledby={`b-${b.id}`}>
      <h2 id={`b-${b.id}`}>{b.title}</h2>
      <dl>
        {b.items.map((item, i) => (
          <div class="faq-pair" id={faqAnchor(b.id, i)}>
            <dt>{item.question}</dt>
            <dd>{item.answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'keyFacts':
      return <KeyFacts b={block} />;
    case 'tips':
      return <Tips b={block} />;
    case 'contraindications':
      return <Contraindications b={block} />;
    case 'faq':
      return <Faq b={block} />;
  }
}
