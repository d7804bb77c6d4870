// case: a NestJS service enrolls a student in a @Transactional() method
// category: transactions
// why: the decorator runs the whole method in one transaction that the repositories join, so the
//      course, student and count reads stay in order with the save
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactional } from 'typeorm-transactional';
import { Course, Enrollment, Student } from './entities';

@Injectable()
export class EnrollmentService {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(Student) private readonly students: Repository<Student>,
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
  ) {}

  @Transactional()
  async enroll(courseId: string, studentId: string): Promise<Enrollment> {
    const course = await this.courses.findOneByOrFail({ id: courseId });
    const student = await this.students.findOneByOrFail({ id: studentId });
    const taken = await this.enrollments.countBy({ courseId });
    if (taken >= course.capacity) throw new Error('course is full');
    return this.enrollments.save(this.enrollments.create({ course, student }));
  }
}
