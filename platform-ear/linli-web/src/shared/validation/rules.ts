import { checkMobilePhone, checkResidentIdNumber } from './identity'

type Translate = (key: string) => string

/**
 * Form rules for the ID number and mobile phone checks, for both UI libraries:
 * Element Plus `<el-form :rules>` (`{ validator }`) and Vant `<van-field :rules>` (`{ validator,
 * message }`). Messages are the common i18n `validation.<reason>` texts.
 */
export function idNumberMessage(value: string | null | undefined, t: Translate): string | null {
  const problem = checkResidentIdNumber(value)
  return problem ? t(`common.validation.${problem}`) : null
}

export function phoneMessage(value: string | null | undefined, t: Translate): string | null {
  const problem = checkMobilePhone(value)
  return problem ? t(`common.validation.${problem}`) : null
}

/** Element Plus form item rule. */
export function elementRule(check: (value: string, t: Translate) => string | null, t: Translate) {
  return {
    trigger: 'blur',
    validator: (_rule: unknown, value: string, callback: (error?: Error) => void) => {
      const message = check(value, t)
      callback(message ? new Error(message) : undefined)
    },
  }
}

/** Vant field rule: a validator answering true or the message. */
export function vantRule(check: (value: string, t: Translate) => string | null, t: Translate) {
  return { validator: (value: string) => check(value, t) ?? true }
}
