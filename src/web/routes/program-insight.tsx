import { Form, Link, useLoaderData } from 'react-router';
import { Alert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { SelectField, TextField } from '../components/form-field';
import { richText } from '../i18n/rich-text';
import { uiLanguage } from '../i18n/ui-language';
import { FollowUpChart } from '../programs/follow-up-chart';
import { ChangeByGroup, NotEnoughData, StageFunnel } from '../programs/insight-figures';
import { insightGroupLabel } from '../programs/insight-group-label';
import {
  type InsightPageData,
  loadInsightPage,
  programApiPath,
  programPath,
  programsPath,
} from '../programs/program-data';
import { useProgramsText } from '../programs/programs-text';

export async function programInsightLoader({
  request,
  params,
}: {
  request: Request;
  params: { programId?: string };
}) {
  return loadInsightPage(request, params.programId ?? '');
}

export function ProgramInsightPage() {
  const { program, workspace, insight, filter, query } = useLoaderData() as InsightPageData;
  const t = useProgramsText();
  useDocumentTitle(t('insight.title', { name: program.name }));
  const rate = insight.followUpRate;
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: `/workspaces/${encodeURIComponent(workspace.id)}`, label: workspace.name },
          { to: programsPath(workspace.id), label: t('programs') },
          { to: programPath(program.id), label: program.name },
          { label: t('insight.crumb') },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{program.name}</p>
        <h1>{t('insight.heading')}</h1>
        <p className="lead">{t('insight.lead', { k: insight.k })}</p>
      </div>
      <section className="card section" aria-labelledby="filter-heading">
        <h2 id="filter-heading">{t('insight.filter')}</h2>
        <Form method="get" className="filter-form">
          <SelectField label={t('insight.group')} name="group" defaultValue={filter.group ?? ''}>
            <option value="">{t('insight.allGroups')}</option>
            {insight.groups.map((group) => (
              <option key={group.key} value={group.key}>
                {insightGroupLabel(group)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('insight.from')} name="from" type="date" defaultValue={filter.from} />
          <TextField label={t('insight.until')} name="to" type="date" defaultValue={filter.to} />
          <Button type="submit">{t('insight.apply')}</Button>
        </Form>
        {insight.groupsLeftOut > 0 ? (
          <Alert tone="info">{t('insight.leftOut', { count: insight.groupsLeftOut })}</Alert>
        ) : null}
        <p>
          <a
            className="button button-secondary"
            href={`${programApiPath(program.id)}/insight.csv${query}`}
            download
          >
            {t('insight.download')}
          </a>
        </p>
      </section>
      <div className="insight-figures">
        <section className="card section" aria-labelledby="participation-heading">
          <h2 id="participation-heading">{t('insight.participation')}</h2>
          <p className="figure-number">{insight.participation.enrolled}</p>
          <p>
            {richText(
              t('insight.participationText', {
                invited: insight.participation.invited,
                removed: insight.participation.removed,
              }),
              { enrollment: (chunk) => <Link to={programPath(program.id)}>{chunk}</Link> },
            )}
          </p>
        </section>
        <section className="card section" aria-labelledby="rate-heading">
          <h2 id="rate-heading">{t('insight.rate')}</h2>
          {rate.shown ? (
            <>
              <p className="figure-number">
                {new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(rate.share)}
              </p>
              <p>{t('insight.rateText', { leaders: rate.leaders })}</p>
            </>
          ) : (
            <NotEnoughData k={insight.k} />
          )}
        </section>
      </div>
      <StageFunnel insight={insight} />
      <ChangeByGroup insight={insight} />
      <section className="card section" aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('insight.chartHeading')}</h2>
        <p className="muted">{t('insight.chartText')}</p>
        {insight.followUpVsChange.length === 0 ? (
          <NotEnoughData k={insight.k} />
        ) : (
          <FollowUpChart points={insight.followUpVsChange} />
        )}
      </section>
    </div>
  );
}
