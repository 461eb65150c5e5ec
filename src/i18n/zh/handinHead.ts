/** 教师页的标题与导语（src/handin/InstructorShell.tsx）：随页面自己的代码块加载（`addPageMessages`），首屏不必等功能词典。 */
import type { Dictionary } from '../dictionary';
import type { handinHead as en } from '../en/handinHead';

export const handinHead: Dictionary<typeof en> = {
  'handin.title': '学生作业',
  'handin.intro': '打开学生用“导出作业”生成的文件：选择装着它们的文件夹，或直接选择文件。文件只在这个浏览器里读取，不会上传。',
};
