import { describe, expect, it } from "vitest";
import { AppError } from "./errors.js";
import { formErrorsOf, formValues } from "./forms.js";

describe("form helpers", () => {
  it("show back what was typed, but never the CSRF token, a password or its confirmation", () => {
    const body = {
      _csrf: "token",
      name: "Ada",
      email: "ada@example.org",
      password: "secret-one",
      currentPassword: "secret-two",
      newPassword: "secret-three",
      confirm: "secret-three",
      files: ["not", "text"],
    };
    expect(formValues(body)).toEqual({ name: "Ada", email: "ada@example.org" });
    expect(formValues(undefined)).toEqual({});
  });

  it("give a form its field messages for bad input and conflicts, and leave anything else to the error page", () => {
    const conflict = new AppError("conflict", "taken", { slug: "Taken" });
    expect(formErrorsOf(conflict)).toEqual({ status: 409, errors: { slug: "Taken" } });
    expect(() => formErrorsOf(new AppError("forbidden"))).toThrow(AppError);
    expect(() => formErrorsOf(new Error("down"))).toThrow("down");
  });
});
