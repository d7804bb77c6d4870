// case: a Next.js 15 project page awaits params and searchParams, then reads deployments, domains and usage
// category: react-server
// why: params and searchParams are promises Next.js already created, so awaiting them starts no work; the
//      three reads after them take only the route values and use nothing of each other (group A)
import { getDeployments, getDomains, getUsage } from '@/lib/platform';
import { DeploymentsTable, DomainList, UsageChart } from './components';

export default async function ProjectPage({ params, searchParams }: PageProps<'/[team]/[project]'>) {
  const { team, project } = await params;
  const { range = '7d' } = (await searchParams) as { range?: string };

  const deployments = /*@A*/ await getDeployments(team, project, { range, limit: 20 });
  const domains = /*@A*/ await getDomains(team, project);
  const usage = /*@A*/ await getUsage(team, { range });

  return (
    <section>
      <h1>
        {team}/{project}
      </h1>
      <DeploymentsTable rows={deployments} />
      <DomainList domains={domains} />
      <UsageChart points={usage.points} range={range} />
    </section>
  );
}
