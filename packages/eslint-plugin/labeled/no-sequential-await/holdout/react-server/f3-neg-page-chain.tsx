// case: a server component page resolves params, then a project, its owner and the owner's organization
// category: react-server
// why: each read takes an id out of the previous result (project from the slug, owner from
//      project.ownerId, organization from owner.orgId), a strict chain with nothing to combine
import { notFound } from 'next/navigation';
import { getProject } from '@/data/projects';
import { getUser } from '@/data/users';
import { getOrganization } from '@/data/orgs';
import { Avatar } from '@/components/avatar';

type PageProps = { params: Promise<{ projectSlug: string }> };

export default async function ProjectPage({ params }: PageProps) {
  const { projectSlug } = await params;
  const project = await getProject(projectSlug);
  if (!project) notFound();

  const owner = await getUser(project.ownerId);
  const organization = owner?.orgId ? await getOrganization(owner.orgId) : null;

  return (
    <article>
      <header>
        <h1>{project.name}</h1>
        {owner && <Avatar src={owner.avatarUrl} alt={owner.name} />}
        {organization && <span className="org">{organization.name}</span>}
      </header>
      <p>{project.description}</p>
    </article>
  );
}
