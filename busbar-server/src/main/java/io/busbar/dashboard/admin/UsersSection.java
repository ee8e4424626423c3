package io.busbar.dashboard.admin;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Operator users: the list, a form to create one, change of role and disable/enable per row. The password goes to
 * the API once and is never put back into the form. Creation carries no Idempotency-Key: the API would keep a hash
 * of the request body (password included) to recognise a replay; a taken e-mail already makes a repeat harmless.
 */
@Controller
class UsersSection {
    static final List<String> ROLES = List.of("ADMIN", "OPERATOR", "SUPPORT", "READ_ONLY");
    private static final String PAGE = "console/admin/users";
    private final ConsoleApi api;

    UsersSection(ConsoleApi api) {
        this.api = api;
    }

    /** The typed values kept when the API refuses them; deliberately without the password. */
    record UserForm(String email, String name, String role) {
        static UserForm empty() {
            return new UserForm("", "", "OPERATOR");
        }
    }

    @GetMapping("/console/admin/users")
    String list(@RequestParam(required = false) String created, Model model) {
        model.addAttribute("created", created);
        return page(UserForm.empty(), model);
    }

    @PostMapping("/console/admin/users")
    String create(@ModelAttribute UserForm form, @RequestParam(defaultValue = "") String password, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            api.post("/api/v1/users", Map.of("email", nonNull(form.email()).strip(), "name", nonNull(form.name()).strip(),
                    "role", nonNull(form.role()), "password", password));
        } catch (ApiProblem problem) {
            FormProblem.show(problem, model, response);
            return page(form, model);
        }
        redirect.addAttribute("created", form.email().strip());
        return "redirect:/console/admin/users";
    }

    @PostMapping("/console/admin/users/{id}/role")
    String changeRole(@PathVariable UUID id, @RequestParam String role, Model model) {
        return row(id, Map.of("role", role), model);
    }

    @PostMapping("/console/admin/users/{id}/disable")
    String disable(@PathVariable UUID id, Model model) {
        return row(id, Map.of("disabled", true), model);
    }

    @PostMapping("/console/admin/users/{id}/enable")
    String enable(@PathVariable UUID id, Model model) {
        return row(id, Map.of("disabled", false), model);
    }

    private String row(UUID id, Map<String, Object> change, Model model) {
        AdminTab.USERS.show(model);
        model.addAttribute("user", api.toMap(api.patch("/api/v1/users/" + id, change)));
        model.addAttribute("roles", ROLES);
        return PAGE + " :: row";
    }

    private String page(UserForm form, Model model) {
        AdminTab.USERS.show(model);
        model.addAttribute("users", api.items("/api/v1/users"));
        model.addAttribute("form", form);
        model.addAttribute("roles", ROLES);
        return PAGE;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
