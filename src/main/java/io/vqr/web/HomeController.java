package io.vqr.web;

import jakarta.servlet.http.HttpServletRequest;

import io.vqr.accounts.AccountException;
import io.vqr.accounts.AccountStore;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login, the first page of each role, and changing one's password. */
@Controller
class HomeController {

	private final AccountStore accounts;

	HomeController(AccountStore accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		return switch (user.role()) {
			case SCHOOL_CLERK, SCHOOL_HEAD -> "redirect:/school";
			case CITY_REVIEWER, PROVINCE_REVIEWER, PROVINCE_ADMIN -> "redirect:/review";
			case OFFICIAL -> "redirect:/official";
		};
	}

	@GetMapping("/password")
	String passwordForm() {
		return "password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal PortalUser user, @RequestParam String current,
			@RequestParam String next, @RequestParam String repeat, HttpServletRequest request, Model model) {
		if (!next.equals(repeat)) {
			model.addAttribute("error", "两次输入的新密码不一致");
			return "password";
		}
		try {
			this.accounts.changePassword(user.getUsername(), current, next, request.getRemoteAddr());
		}
		catch (AccountException ex) {
			model.addAttribute("error", ex.getMessage());
			return "password";
		}
		// The session's principal no longer needs a new password.
		PortalUser changed = user.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		return "redirect:/?passwordChanged";
	}

}
