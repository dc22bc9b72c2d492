import { Callout } from '@/components/ui/Callout';
import { painRule } from '@/lib/content/painRule';

/** The one pain-monitoring rule of the site, with its source. */
export function PainRule() {
  const { source } = painRule;
  return (
    <Callout type="note" title={painRule.title}>
      <p>{painRule.rule}</p>
      <p>{painRule.ifNot}</p>
      <p className="text-sm">
        {painRule.evidence} Source:{' '}
        <a href={source.url} rel="noopener noreferrer">
          {source.authors} ({source.year}), {source.title}, {source.journal}
        </a>
        .
      </p>
    </Callout>
  );
}
