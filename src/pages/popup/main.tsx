import { render } from "preact";
import "../../styles/popup.css";
import { Popup } from "./Popup";

const app = document.getElementById("app");
if (app) render(<Popup />, app);
