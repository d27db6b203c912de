// i18n: not yet translated
import { Form, Link, useLoaderData } from 'react-router';
import { Alert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { SelectField, TextField } from '../components/form-field';
import { FollowUpChart } from '../programs/follow-up-chart';
import { ChangeByGroup, NotEnoughData, StageFunnel } from '../programs/insight-figures';
import {
  type InsightPageData,
  loadInsightPage,
  programApiPath,
  programPath,
  programsPath,
} from '../programs/program-data';

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
  useDocumentTitle(`${program.name}: insight`);
  const rate = insight.followUpRate;
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: `/workspaces/${encodeURIComponent(workspace.id)}`, label: workspace.name },
          { to: programsPath(workspace.id), label: 'Programs' },
          { to: programPath(program.id), label: program.name },
          { label: 'Insight' },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{program.name}</p>
        <h1>Program insight</h1>
        <p className="lead">
          Every figure rests on groups of at least {insight.k} leaders, built by competency; anything smaller
          says "not enough data". No figure here is one leader's.
        </p>
      </div>
      <section className="card section" aria-labelledby="filter-heading">
        <h2 id="filter-heading">Filter</h2>
        <Form method="get" className="filter-form">
          <SelectField label="Group" name="group" defaultValue={filter.group ?? ''}>
            <option value="">All groups</option>
            {insight.groups.map((group) => (
              <option key={group.key} value={group.key}>
                {group.label}
              </option>
            ))}
          </SelectField>
          <TextField label="Cycles started from" name="from" type="date" defaultValue={filter.from} />
          <TextField label="Until" name="to" type="date" defaultValue={filter.to} />
          <Button type="submit">Apply</Button>
        </Form>
        {insight.groupsLeftOut > 0 ? (
          <Alert tone="info">
            {insight.groupsLeftOut === 1 ? 'One group is' : `${insight.groupsLeftOut} groups are`} left out:
            some of their leaders started outside these dates, and a group counts whole or not at all.
          </Alert>
        ) : null}
        <p>
          <a
            className="button button-secondary"
            href={`${programApiPath(program.id)}/insight.csv${query}`}
            download
          >
            Download these figures (CSV)
          </a>
        </p>
      </section>
      <div className="insight-figures">
        <section className="card section" aria-labelledby="participation-heading">
          <h2 id="participation-heading">Participation</h2>
          <p className="figure-number">{insight.participation.enrolled}</p>
          <p>
            joined · {insight.participation.invited} invited, not yet joined · {insight.participation.removed}{' '}
            removed. <Link to={programPath(program.id)}>Enrollment</Link>
          </p>
        </section>
        <section className="card section" aria-labelledby="rate-heading">
          <h2 id="rate-heading">Follow-up rate</h2>
          {rate.shown ? (
            <>
              <p className="figure-number">{Math.round(rate.share * 100)}%</p>
              <p>
                of {rate.leaders} leaders who listened ran at least one check-in or mini-survey afterwards.
              </p>
            </>
          ) : (
            <NotEnoughData k={insight.k} />
          )}
        </section>
      </div>
      <StageFunnel insight={insight} />
      <ChangeByGroup insight={insight} />
      <section className="card section" aria-labelledby="chart-heading">
        <h2 id="chart-heading">Following up and perceived improvement</h2>
        <p className="muted">
          Marshall Goldsmith found that leaders who follow up with their stakeholders are seen to improve;
          here is the same comparison from this program's own released mini-surveys.
        </p>
        {insight.followUpVsChange.length === 0 ? (
          <NotEnoughData k={insight.k} />
        ) : (
          <FollowUpChart points={insight.followUpVsChange} />
        )}
      </section>
    </div>
  );
}
