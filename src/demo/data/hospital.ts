import type { DemoHospital } from './types.js';

/**
 * A clearly fictional hospital for the demo site. Every identifier below (name, address,
 * phone, licence and ad-review numbers) is made up and marked as such.
 */
export const hospital: DemoHospital = {
  name: '青禾皮肤病医院（演示）',
  shortName: '青禾皮肤（演示）',
  tagline: '皮肤健康科普与门诊服务 · 演示站点',
  address: '示范市青禾区杏林路88号（虚构地址）',
  postalCode: '000000',
  city: '示范市',
  phone: '400-000-0000',
  email: 'contact@qinghe-demo.example',
  hours: [
    {
      label: '周一至周五',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '08:00',
      closes: '17:30',
    },
    {
      label: '周六、周日',
      dayOfWeek: ['Saturday', 'Sunday'],
      opens: '08:30',
      closes: '12:00',
    },
  ],
  licenceNo: '示例-PDY00000000000000A0000（虚构）',
  adReviewNo: '示例-医广审(2026)第000001号',
  introMd: `青禾皮肤病医院（演示）是 ClinicPress 演示数据中的一家**虚构医疗机构**，用于展示皮肤专科网站的页面与功能。机构名称、地址、联系方式、执业许可证号和医疗广告审查文号均为示例，并不对应任何真实的医院或个人。

在演示设定中，医院以皮肤科门诊为主，设有白癜风专病门诊、皮肤影像检查室（伍德灯、皮肤镜）和光疗室，开展白斑类皮肤病的初诊、复诊、检查与随访，同时提供常见皮肤病的门诊服务。

## 就诊须知

初诊时请携带本人身份证件，以及既往的病历、检查报告和正在使用的药品清单，方便医生了解病史。白斑部位如有涂抹化妆品或外用药，检查前请按医生要求清洁。门诊时间见本页营业时间，节假日安排以医院公告为准。

## 交通与停车

医院位于杏林路与青禾大街交叉口东北侧（演示设定）。乘坐地铁可在“杏林路站”B 出口下车，步行约五分钟；公交可乘坐示范市 12 路、35 路至“杏林路口”站。院内设有地面停车场，约 40 个车位，就诊患者凭挂号单可免费停车两小时；车位紧张时请使用东侧约 200 米的公共停车场。院内设有无障碍通道和电梯，行动不便的患者可在一楼服务台借用轮椅。

本站的健康科普文章由医院科普编辑部撰写，并经具备执业资格的医师审核，文章页会显示审核人和审核日期。科普内容仅供了解疾病知识，不能代替面诊，具体诊疗方案请遵医嘱。`,
};
