// case: a scheduler picks the first availability zone that still offers the instance type
// category: pagination-retries
// why: not reported: DescribeInstanceTypeOfferings is a read, but the loop returns the first zone
//      that has an offering; it is a first-success search in preference order
import { EC2Client, DescribeInstanceTypeOfferingsCommand } from '@aws-sdk/client-ec2';

const ec2 = new EC2Client({});

export async function pickZone(preferredZones: string[], instanceType: string) {
  for (const zone of preferredZones) {
    const { InstanceTypeOfferings = [] } = await ec2.send(
      new DescribeInstanceTypeOfferingsCommand({
        LocationType: 'availability-zone',
        Filters: [
          { Name: 'location', Values: [zone] },
          { Name: 'instance-type', Values: [instanceType] },
        ],
      }),
    );
    if (InstanceTypeOfferings.length > 0) return zone;
  }
  return null;
}
