// case: a NestJS controller returns several users by id through the injected service
// category: http-handlers
// why: usersService.findOne is a read; `this.usersService` is only read, never assigned, so the
//      iterations share no state and the pushes keep their order in a rewrite
import { Controller, Get, NotFoundException, ParseArrayPipe, Query } from '@nestjs/common';
import { UsersService } from './users.service';
import type { UserDto } from './user.dto';

@Controller('users')
export class UsersBatchController {
  constructor(private readonly usersService: UsersService) {}

  @Get('batch')
  async batch(@Query('ids', new ParseArrayPipe({ items: String })) ids: string[]): Promise<UserDto[]> {
    if (ids.length > 50) throw new NotFoundException('too many ids');

    const found: UserDto[] = [];
    /*@A*/ for (const id of ids) {
      const user = await this.usersService.findOne(id);
      if (user) found.push(user);
    }
    return found;
  }
}
