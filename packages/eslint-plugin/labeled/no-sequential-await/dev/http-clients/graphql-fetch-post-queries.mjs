// case: a CLI script posts two GraphQL queries to a CMS with fetch and top-level await
// category: http-clients
// why: both calls of the local cms() helper send a GraphQL query (a read) as POST; the helper
//      changes no shared state and neither query uses the other's data
const CMS_URL = 'https://cms.example.com/graphql';

async function cms(query, variables = {}) {
  const res = await fetch(CMS_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.CMS_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await res.json();
  if (errors?.length) throw new Error(errors[0].message);
  return data;
}

const { posts } = /*@A*/ await cms(`query Drafts($status: String!) { posts(where: { status: $status }) { id title } }`, { status: 'draft' });
const { authors } = /*@A*/ await cms(`query { authors(orderBy: name_ASC) { id name } }`);

console.log(`${posts.length} drafts, ${authors.length} authors`);
for (const post of posts) console.log(`- ${post.title}`);
