package io.vqr.web.admin;

import io.vqr.accounts.AccountException;
import io.vqr.accounts.AccountStore;
import io.vqr.accounts.SecurityLog;
import io.vqr.web.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The province administrator's accounts page: who has an account, resetting a forgotten
 * password (a new one-time password shown once), disabling, and the security log.
 * Accounts are created with {@code vqr user add|import}.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

	private final AccountStore accounts;

	private final SecurityLog securityLog;

	AccountsController(AccountStore accounts, SecurityLog securityLog) {
		this.accounts = accounts;
		this.securityLog = securityLog;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		model.addAttribute("log", this.securityLog.recent(50));
		return "admin/accounts";
	}

	@PostMapping("/reset")
	String reset(@AuthenticationPrincipal PortalUser user, @RequestParam String username, Model model) {
		try {
			String password = this.accounts.reset(username, user.getUsername());
			model.addAttribute("done", "已为 " + username + " 设置一次性密码：" + password + "（只显示这一次，请当面或电话告知本人；其首次登录须修改密码）");
		}
		catch (AccountException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return list(model);
	}

	@PostMapping("/disable")
	String disable(@AuthenticationPrincipal PortalUser user, @RequestParam String username, Model model) {
		try {
			this.accounts.disable(username, user.getUsername());
			model.addAttribute("done", "已停用账号 " + username + "。如需恢复，请点“重置密码”。");
		}
		catch (AccountException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return list(model);
	}

}
