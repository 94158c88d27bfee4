/**
 * 慈善法 compliance: the yearly charitable-spending and management-cost ratios of the 2016 三部门规定 as a
 * live meter computed from the books, and the disclosure calendar of 《慈善组织信息公开办法》 (民政部令第81号).
 */
package org.linli.fund.compliance;
