package io.vqr.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is logged in (the header shows the name, role and school). */
@ControllerAdvice
class CurrentUser {

	@ModelAttribute("me")
	PortalUser me(@AuthenticationPrincipal PortalUser user) {
		return user;
	}

}
